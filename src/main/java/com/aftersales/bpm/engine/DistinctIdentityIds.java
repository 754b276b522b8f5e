package com.aftersales.bpm.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * A new user may not take a group's id, nor a new group a user's (ADR 0051): notifications, their
 * readers and recipient lists name users and groups side by side, so a user {@code service-manager}
 * would read that group's alerts and a recipient naming the id would mean either. A 400 naming the
 * id, before anything is written. Only creations are checked (changing an account keeps its id; the
 * engine itself refuses an id its own kind has), and only for callers the engine lets create them:
 * anybody else gets the engine's 403 and learns nothing about the id.
 */
final class DistinctIdentityIds extends UserCommandChecks {

  DistinctIdentityIds(Supplier<ProcessEngine> engine) {
    super(engine);
  }

  @Override
  boolean applies(Command<?> command) {
    return command instanceof SaveUserCmd || command instanceof SaveGroupCmd;
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    boolean newUser = command instanceof SaveUserCmd;
    Object saved = newUser ? field(SaveUserCmd.class, command, "user") : field(SaveGroupCmd.class, command, "group");
    String id = saved instanceof User account ? account.getId() : saved instanceof Group group ? group.getId() : null;
    if (!created(saved) || id == null || !mayCreate(built, user, newUser ? Resources.USER : Resources.GROUP)) {
      return;
    }
    IdentityService identity = built.getIdentityService();
    boolean otherKindHasIt = AsApplication.call(identity, () -> newUser
        ? identity.createGroupQuery().groupId(id).count() > 0 : identity.createUserQuery().userId(id).count() > 0);
    if (otherKindHasIt) {
      throw new BadUserRequestException(newUser
          ? "'" + id + "' is a group's id: a user of that id would read the group's notifications and be taken for "
              + "the group where recipients are named. Choose another user id"
          : "'" + id + "' is a user's id: that user would read the group's notifications and be taken for the "
              + "group where recipients are named. Choose another group id");
    }
  }

  private static boolean mayCreate(ProcessEngine built, Caller user, Resource kind) {
    return user.isAdmin() || AsApplication.call(built.getIdentityService(),
        () -> built.getAuthorizationService().isUserAuthorized(user.userId(), user.groups(), Permissions.CREATE, kind));
  }
}
