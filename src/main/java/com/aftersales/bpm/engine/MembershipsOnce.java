package com.aftersales.bpm.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Adding a user to a group they are already in is a 400 that says so: the engine inserts the
 * membership again and the database's key refuses it, which the REST APIs (Admin's too) answer
 * with a 500 and no reason. Checked before anything is written, and again when the insert fails:
 * the same membership added twice at once (a double click) passes the check twice, and the second
 * insert is refused by the key; that one gets the same 400.
 */
final class MembershipsOnce extends UserCommandChecks {

  MembershipsOnce(Supplier<ProcessEngine> engine) {
    super(engine);
  }

  @Override
  boolean applies(Command<?> command) {
    return command instanceof CreateMembershipCmd;
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    String userId = (String) field(CreateMembershipCmd.class, command, "userId");
    String groupId = (String) field(CreateMembershipCmd.class, command, "groupId");
    IdentityService identity = built.getIdentityService();
    boolean member = userId != null && groupId != null && AsApplication.call(identity,
        () -> identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
    if (member) {
      throw new BadUserRequestException("User '" + userId + "' is already a member of group '" + groupId + "'");
    }
  }

  @Override
  <T> T proceed(ProcessEngine built, Command<T> command, Caller user) {
    try {
      return super.proceed(built, command, user);
    } catch (ProcessEnginePersistenceException lost) {
      check(built, command, user); // another request added it since the check: say so
      throw lost;
    }
  }
}
