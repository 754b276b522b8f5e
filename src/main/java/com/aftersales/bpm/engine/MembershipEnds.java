package com.aftersales.bpm.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Tells the {@link MembershipEndListener}s of every membership a command ends: removing a user
 * from a group ends one, deleting a user ends each of theirs (the engine deletes those rows
 * itself, without a command of their own). Installed inside the engine's command context, so the
 * listeners run in the removal's transaction.
 */
final class MembershipEnds extends CommandInterceptor {

  private final List<MembershipEndListener> listeners;
  private final Supplier<ProcessEngine> engine;

  MembershipEnds(List<MembershipEndListener> listeners, Supplier<ProcessEngine> engine) {
    this.listeners = List.copyOf(listeners);
    this.engine = engine;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof DeleteMembershipCmd) {
      T result = next.execute(command);
      tell(field(DeleteMembershipCmd.class, command, "userId"), List.of(
          field(DeleteMembershipCmd.class, command, "groupId")));
      return result;
    }
    if (command instanceof DeleteUserCmd) {
      String userId = field(DeleteUserCmd.class, command, "userId");
      List<String> groups = EngineCommand.withoutAuthorization(() -> engine.get().getIdentityService()
          .createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
      T result = next.execute(command);
      tell(userId, groups);
      return result;
    }
    return next.execute(command);
  }

  private void tell(String userId, List<String> groups) {
    groups.forEach(group -> listeners.forEach(listener -> listener.ended(userId, group)));
  }

  private static String field(Class<?> type, Command<?> command, String name) {
    return (String) UserCommandChecks.field(type, command, name);
  }
}
