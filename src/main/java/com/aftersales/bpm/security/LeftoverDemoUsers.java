package com.aftersales.bpm.security;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo users (password "demo", listed in docs/users.md) left in a database that a demo start filled:
 * without them the prod profile refuses to start, or, when told to, deletes them first.
 */
class LeftoverDemoUsers {

  private static final Logger LOG = LoggerFactory.getLogger(LeftoverDemoUsers.class);

  private final IdentityService identity;

  LeftoverDemoUsers(IdentityService identity) {
    this.identity = identity;
  }

  /** Deletes the demo users when {@code delete} is set; otherwise any that exist stop the start. */
  void removeOrRefuse(Collection<String> demoUserIds, boolean delete) {
    List<String> present = demoUserIds.stream()
        .filter(id -> identity.createUserQuery().userId(id).count() > 0)
        .toList();
    if (present.isEmpty()) {
      return;
    }
    if (delete) {
      present.forEach(identity::deleteUser);
      LOG.warn("Deleted the demo users {} (aftersales.delete-demo-users=true)", present);
      return;
    }
    throw new IllegalStateException("Demo users still exist in this database: " + String.join(", ", present)
        + ". Their password 'demo' is public, so the prod profile does not start with them. Start once with"
        + " AFTERSALES_DELETE_DEMO_USERS=true (or --aftersales.delete-demo-users=true) to delete them,"
        + " or delete them in Admin (Users) from a start without the prod profile.");
  }
}
