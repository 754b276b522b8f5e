package com.aftersales.bpm.engine;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Tells the {@link MembershipEndListener}s of every membership a command ends: removing a user
 * from a group they are in ends one, deleting a user ends each of theirs (the engine deletes those
 * rows itself, without a command of their own); and the account-deleted listeners of the user a
 * command deletes. Installed inside the engine's command context, so the listeners run in the
 * removal's transaction.
 */
final class MembershipEnds extends CommandInterceptor {

  private final List<MembershipEndListener> listeners;
  private final List<Consumer<String>> accountDeleted;
  private final Supplier<ProcessEngine> engine;

  MembershipEnds(List<MembershipEndListener> listeners, List<Consumer<String>> accountDeleted,
      Supplier<ProcessEngine> engine) {
    this.listeners = List.copyOf(listeners);
    this.accountDeleted = List.copyOf(accountDeleted);
    this.engine = engine;
  }

  @Override
  public <T> T execute(Command<T> command) {
    boolean removal = command instanceof DeleteMembershipCmd;
    if (!removal && !(command instanceof DeleteUserCmd)) {
      return next.execute(command);
    }
    String userId = field(removal ? DeleteMembershipCmd.class : DeleteUserCmd.class, command, "userId");
    List<String> before = EngineCommand.withoutAuthorization(() -> engine.get().getIdentityService()
        .createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
    String removed = removal ? field(DeleteMembershipCmd.class, command, "groupId") : null;
    List<String> ended = removal ? before.stream().filter(removed::equals).toList() : before;
    T result = next.execute(command);
    List<String> remaining = before.stream().filter(group -> !ended.contains(group)).toList();
    for (String group : ended) {
      MembershipEndListener.End end = new MembershipEndListener.End(engine.get(), userId, group, remaining);
      listeners.forEach(listener -> listener.ended(end));
    }
    if (!removal) {
      accountDeleted.forEach(listener -> listener.accept(userId));
    }
    return result;
  }

  private static String field(Class<?> type, Command<?> command, String name) {
    return (String) UserCommandChecks.field(type, command, name);
  }
}
