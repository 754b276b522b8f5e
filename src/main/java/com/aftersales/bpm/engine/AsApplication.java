package com.aftersales.bpm.engine;

import java.util.function.Function;
import java.util.function.Supplier;
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
    String userId = Caller.userIdOf(identity);
    return call(identity, () -> work.apply(userId));
  }

  /**
   * {@code work}'s answer read as the application, also inside an engine command that runs for a
   * user (a listener, an expression): for facts the application needs whoever's request runs the
   * case, e.g. a model's tables or a group's members, which a staff login may not read.
   */
  public static <T> T call(IdentityService identity, Supplier<T> work) {
    Caller caller = Caller.of(identity);
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        caller.restore(identity);
      }
    }
  }
}
