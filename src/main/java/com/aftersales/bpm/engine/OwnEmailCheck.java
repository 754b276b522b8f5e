package com.aftersales.bpm.engine;

import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Staff change their own name and password, not the e-mail address their alerts go to: an
 * administrator sets that, so nobody sends their group's alerts, with customers' names and phone
 * numbers, to a mailbox outside the company (ADR 0033). Refused with 403 before anything is saved.
 */
final class OwnEmailCheck extends UserCommandChecks {

  OwnEmailCheck(Supplier<ProcessEngine> engine) {
    super(engine);
  }

  @Override
  boolean applies(Command<?> command) {
    return command instanceof SaveUserCmd;
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    User saved = (User) field(SaveUserCmd.class, command, "user");
    if (user.isAdmin() || !Objects.equals(saved.getId(), user.userId())) {
      return; // an administrator, or an account the engine lets only administrators change
    }
    IdentityService identity = built.getIdentityService();
    User stored = AsApplication.call(identity, () -> identity.createUserQuery().userId(saved.getId()).singleResult());
    if (stored != null && !Objects.equals(stored.getEmail(), saved.getEmail())) {
      throw new AuthorizationException("User '" + user.userId() + "' may not change their own e-mail address"
          + ": alerts go there, so an administrator sets it");
    }
  }
}
