package com.aftersales.bpm.engine;

import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * The application's groups cannot be deleted, not even by an administrator (ADR 0033): the engine
 * would delete every membership of the group and every grant to it with it, so one click in Admin
 * would leave nobody to work the group's tasks, and the next start would bring the group back
 * empty. Staff leave a group by being taken out of it; a group an administrator made is theirs to
 * delete. Refused with 403 before anything is deleted. Nor may a new group's id differ from one of
 * them only in case ({@code Sales}): it would look like theirs in Admin and get none of its tasks or
 * grants (400).
 */
final class KeptGroups extends UserCommandChecks {

  private final Set<String> kept;

  KeptGroups(Set<String> kept, Supplier<ProcessEngine> engine) {
    super(engine);
    this.kept = Set.copyOf(kept);
  }

  @Override
  boolean applies(Command<?> command) {
    return command instanceof DeleteGroupCmd || command instanceof SaveGroupCmd;
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    if (command instanceof SaveGroupCmd) {
      Object saved = field(SaveGroupCmd.class, command, "group");
      String id = saved instanceof Group group ? group.getId() : null;
      String namesake = !created(saved) || id == null ? null
          : kept.stream().filter(keptId -> !keptId.equals(id) && keptId.equalsIgnoreCase(id)).findFirst().orElse(null);
      if (namesake != null) {
        throw new BadUserRequestException("Group '" + id + "' differs from the application's group '" + namesake
            + "' only in case: it would get none of its tasks or grants. Add people to '" + namesake + "' instead");
      }
      return;
    }
    String groupId = (String) field(DeleteGroupCmd.class, command, "groupId");
    if (kept.contains(groupId)) {
      throw new AuthorizationException("Group '" + groupId + "' cannot be deleted: the processes and the "
          + "application's grants name it, and its members would lose their work. Take members out of it instead");
    }
  }
}
