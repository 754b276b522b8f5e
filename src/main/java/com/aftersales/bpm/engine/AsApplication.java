package com.aftersales.bpm.engine;

import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs engine work as the application itself, without the caller's engine authorizations. Only
 * for work our API has already allowed the caller to do ({@link AllowedGroups}): the integration
 * systems have no engine authorizations at all, so they can do nothing on the engine REST API.
 */
@Component
public class AsApplication {

  private final IdentityService identity;

  public AsApplication(IdentityService identity) {
    this.identity = identity;
  }

  /** Calls {@code work} with the caller's user id (for the record; null when nobody is logged in). */
  public <T> T run(Function<String, T> work) {
    Caller caller = Caller.of(identity);
    identity.clearAuthentication();
    try {
      return work.apply(caller == null ? null : caller.userId());
    } finally {
      if (caller != null) {
        caller.restore(identity);
      }
    }
  }
}
