package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.engine.EngineExtension;
import com.aftersales.bpm.engine.EngineHooks;
import org.springframework.stereotype.Component;

/**
 * Staff accounts are the administrator's (ADR 0033). When staff leave a group, or the company, the
 * tasks of that group they had claimed go back to it ({@link LeaversTasks}) and a customer success
 * manager's cases go to the other success managers ({@link SuccessManagerHandover}), both in the
 * removal's own transaction; staff may not change the e-mail address their alerts go to, and
 * nobody deletes one of the application's groups, which would end every membership of it at once;
 * adding someone to a group (or tenant) they are already in says so (a 400, not the database's 500),
 * and so does creating a user with a group's id or a group with a user's, which notifications and
 * their readers could not tell apart, a name longer than the engine's tables take, or an
 * authorization that exists.
 */
@Component
public class StaffAccounts implements EngineExtension {

  @Override
  public void configure(EngineHooks hooks) {
    hooks.membershipEndListener(new LeaversTasks());
    hooks.membershipEndListener(new SuccessManagerHandover());
    hooks.adminSetsEmails();
    hooks.keptGroups(Groups.ALL);
    hooks.membershipsOnce();
    hooks.identityChecks();
  }
}
