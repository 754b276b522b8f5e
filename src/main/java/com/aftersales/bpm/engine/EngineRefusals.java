package com.aftersales.bpm.engine;

import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Engine failures that are the request's doing, recognised by where the engine raised them (their
 * text is not a contract): the REST API answers them with 500, our mappers with a 4xx. And the
 * engine adapter's refusals, kept for the HTTP request they came in, so our mappers answer 403
 * where the REST API dropped the refusal.
 */
public final class EngineRefusals {

  private static final String REFUSAL = EngineRefusals.class.getName() + ".refusal";

  private EngineRefusals() {}

  /** Keeps a command check's refusal for the rest of the HTTP request the command came in, if any. */
  static void remember(AuthorizationException refusal) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(REFUSAL, refusal, RequestAttributes.SCOPE_REQUEST);
    }
  }

  /**
   * The engine adapter's refusal of a command in this HTTP request: the REST API answers some
   * engine exceptions with a 404 of its own that drops the refusal (deleting a task's attachment).
   */
  public static Optional<AuthorizationException> ofThisRequest() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    return Optional.ofNullable(request == null ? null
        : (AuthorizationException) request.getAttribute(REFUSAL, RequestAttributes.SCOPE_REQUEST));
  }

  /** A message triggered on an execution that has no subscription to it, or on no execution at all. */
  public static boolean noMessageSubscription(Throwable failure) {
    return failure instanceof ProcessEngineException && raisedIn(failure, EnsureUtil.class)
        && raisedIn(failure, MessageEventReceivedCmd.class);
  }

  /** An expression of the model read a variable the case does not have (the start or completion left it out). */
  public static boolean unknownVariable(Throwable failure) {
    return failure instanceof PropertyNotFoundException && raisedIn(failure, AstIdentifier.class);
  }

  /** A user, group or tenant id outside the engine's allowed pattern (application.yaml), e.g. on creating a user. */
  public static boolean invalidResourceId(Throwable failure) {
    return failure instanceof ProcessEngineException && Arrays.stream(failure.getStackTrace())
        .anyMatch(frame -> frame.getClassName().equals(EnsureUtil.class.getName())
            && frame.getMethodName().equals("ensureWhitelistedResourceId"));
  }

  /**
   * An authorization the engine cannot make, refused as the REST API sets its fields: a type other
   * than 0 (global), 1 (grant) or 2 (revoke), a group or a user other than '*' on a global one.
   */
  public static boolean invalidAuthorization(Throwable failure) {
    return failure instanceof ProcessEngineException && Arrays.stream(failure.getStackTrace())
        .filter(frame -> !frame.getClassName().endsWith("Logger")).findFirst()
        .filter(frame -> frame.getClassName().equals(AuthorizationEntity.class.getName())).isPresent();
  }

  /** A password that breaks the engine's password policy (on in production), set on a new or an existing user. */
  public static boolean passwordAgainstPolicy(Throwable failure) {
    return failure instanceof ProcessEngineException && failure.getStackTrace().length > 0
        && failure.getStackTrace()[0].getClassName().equals(SaveUserCmd.class.getName())
        && failure.getStackTrace()[0].getMethodName().equals("validateUserEntity");
  }

  private static boolean raisedIn(Throwable failure, Class<?> type) {
    return Arrays.stream(failure.getStackTrace()).anyMatch(frame -> frame.getClassName().equals(type.getName()));
  }
}
