package com.aftersales.bpm.engine;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who the engine runs the current work for (the engine's own {@code Authentication}, an internal
 * type that {@link IdentityService#getCurrentAuthentication()} returns), as a value of our own.
 * The lists are kept as the engine holds them (null or not), so {@link #restore} gives back the
 * same authentication.
 */
public record Caller(String userId, List<String> groupIds, List<String> tenantIds) {

  /** The current caller, or null when nobody is logged in (the application itself). */
  public static Caller of(IdentityService identity) {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : new Caller(current.getUserId(), current.getGroupIds(), current.getTenantIds());
  }

  /** The caller's user id, or null when nobody is logged in. */
  public static String userIdOf(IdentityService identity) {
    Caller caller = of(identity);
    return caller == null ? null : caller.userId();
  }

  /** The groups, never null. */
  public List<String> groups() {
    return groupIds == null ? List.of() : groupIds;
  }

  /** Whether the caller is an administrator (group {@code camunda-admin}). */
  public boolean isAdmin() {
    return groups().contains(Groups.CAMUNDA_ADMIN);
  }

  /** Makes this caller the current one again (after work done as the application). */
  public void restore(IdentityService identity) {
    identity.setAuthentication(userId, groupIds, tenantIds);
  }
}
