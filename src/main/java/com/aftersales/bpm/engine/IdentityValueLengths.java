package com.aftersales.bpm.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTenantCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * A user's, group's, tenant's or authorization's value longer than the engine's column for it is a
 * 400 naming the field, before anything is written: the database refused the row and the REST
 * APIs answered 500 with no reason, also to staff saving their own profile in Tasklist with a
 * long name. The lengths are those of the engine's tables (ACT_ID_USER, ACT_ID_GROUP,
 * ACT_ID_TENANT, ACT_RU_AUTHORIZATION).
 */
final class IdentityValueLengths extends UserCommandChecks {

  static final int ID = 64;
  static final int TEXT = 255;

  IdentityValueLengths(Supplier<ProcessEngine> engine) {
    super(engine);
  }

  @Override
  boolean applies(Command<?> command) {
    return command instanceof SaveUserCmd || command instanceof SaveGroupCmd || command instanceof SaveTenantCmd
        || command instanceof SaveAuthorizationCmd;
  }

  /** A field's value and the most characters its column takes. */
  private record Value(String field, String text, int longest) {}

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    for (Value value : values(command)) {
      if (value.text() != null && value.text().length() > value.longest()) {
        throw new BadUserRequestException(value.field() + " has " + value.text().length() + " characters; at most "
            + value.longest() + " fit");
      }
    }
  }

  private static List<Value> values(Command<?> command) {
    if (command instanceof SaveUserCmd && field(SaveUserCmd.class, command, "user") instanceof User saved) {
      return List.of(new Value("id", saved.getId(), ID), new Value("firstName", saved.getFirstName(), TEXT),
          new Value("lastName", saved.getLastName(), TEXT), new Value("email", saved.getEmail(), TEXT));
    }
    if (command instanceof SaveGroupCmd && field(SaveGroupCmd.class, command, "group") instanceof Group saved) {
      return List.of(new Value("id", saved.getId(), ID), new Value("name", saved.getName(), TEXT),
          new Value("type", saved.getType(), TEXT));
    }
    if (command instanceof SaveTenantCmd && field(SaveTenantCmd.class, command, "tenant") instanceof Tenant saved) {
      return List.of(new Value("id", saved.getId(), ID), new Value("name", saved.getName(), TEXT));
    }
    if (command instanceof SaveAuthorizationCmd
        && field(SaveAuthorizationCmd.class, command, "authorization") instanceof AuthorizationEntity saved) {
      return List.of(new Value("userId", saved.getUserId(), TEXT), new Value("groupId", saved.getGroupId(), TEXT),
          new Value("resourceId", saved.getResourceId(), TEXT));
    }
    return List.of();
  }
}
