package com.aftersales.bpm.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Runs a logged-in user's work (working a task, a note on it, starting a case) with only those of
 * their groups they are still in. The webapps keep the groups read at login for up to five minutes
 * (Camunda's authentication cache), so without this, staff taken out of a group could claim and
 * complete its tasks from a Tasklist opened before (ADR 0033). It never adds a group: a new member
 * gets it at the webapps' next read.
 */
final class CurrentGroups extends UserCommandChecks {

  CurrentGroups(Supplier<ProcessEngine> engine) {
    super(engine);
  }

  @Override
  boolean applies(Command<?> command) {
    return TaskWorkBounds.isTaskWork(command) || StartSubmissions.isStart(command) || TaskNotes.isNote(command);
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    // nothing to refuse: the engine and the checks after this one judge the command with the current groups
  }

  @Override
  <T> T proceed(ProcessEngine built, Command<T> command, Caller user) {
    IdentityService identity = built.getIdentityService();
    List<String> memberOf = user.groups().isEmpty() ? List.of() : AsApplication.call(identity,
        () -> identity.createGroupQuery().groupMember(user.userId()).list().stream().map(Group::getId).toList());
    List<String> still = user.groups().stream().filter(memberOf::contains).toList();
    if (still.size() == user.groups().size()) {
      return next.execute(command);
    }
    new Caller(user.userId(), still, user.tenantIds()).restore(identity);
    try {
      return next.execute(command);
    } finally {
      user.restore(identity);
    }
  }
}
