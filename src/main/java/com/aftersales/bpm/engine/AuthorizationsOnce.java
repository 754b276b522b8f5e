package com.aftersales.bpm.engine;

import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * A second authorization of the same type, for the same user or group, on the same resource is a
 * 400 naming the one that exists: the database's key refused it and the REST APIs (Admin's too)
 * answered 500 with no reason. An administrator changes the permissions of the one that exists.
 */
final class AuthorizationsOnce extends UserCommandChecks {

  AuthorizationsOnce(Supplier<ProcessEngine> engine) {
    super(engine);
  }

  @Override
  boolean applies(Command<?> command) {
    return command instanceof SaveAuthorizationCmd;
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    if (!(field(SaveAuthorizationCmd.class, command, "authorization") instanceof AuthorizationEntity saved)
        || saved.getResource() == null || saved.getResourceId() == null
        || (saved.getUserId() == null) == (saved.getGroupId() == null)) {
      return; // the engine refuses what it cannot store
    }
    AuthorizationQuery same = built.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(saved.getAuthorizationType()).resourceType(saved.getResourceType())
        .resourceId(saved.getResourceId());
    same = saved.getUserId() != null ? same.userIdIn(saved.getUserId()) : same.groupIdIn(saved.getGroupId());
    AuthorizationQuery query = same;
    Authorization other = AsApplication.call(built.getIdentityService(), query::list).stream()
        .filter(existing -> !Objects.equals(existing.getId(), saved.getId())).findFirst().orElse(null);
    if (other != null) {
      throw new BadUserRequestException("An authorization of type " + saved.getAuthorizationType() + " for "
          + (saved.getUserId() != null ? "user '" + saved.getUserId() : "group '" + saved.getGroupId())
          + "' on resource type " + saved.getResourceType() + " and resource id '" + saved.getResourceId()
          + "' exists already (" + other.getId() + "): change its permissions instead");
    }
  }
}
