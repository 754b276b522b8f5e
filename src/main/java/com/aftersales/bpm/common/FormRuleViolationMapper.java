package com.aftersales.bpm.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers every exception from a listener or delegate with 500. A {@link
 * FormRuleViolation} is the user's input, not a server fault: answer 400 with its message, which
 * Tasklist shows; a completion that lost the race against another change of the case ({@link
 * OptimisticLockingException}) is 409 ({@link ConcurrentChangeMapper}); an unknown id is 404 ({@link
 * RequestFaultMapper}); every other exception keeps
 * the engine's own handling. Registered on {@code /engine-rest} and on Tasklist's copy ({@link
 * TasklistEngineApi}).
 */
@Priority(Priorities.USER - 100)
public class FormRuleViolationMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler engineHandler = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormRuleViolation violation) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "FormRuleViolation", "message", violation.getMessage())).build();
      }
      if (cause instanceof OptimisticLockingException lost) {
        return ConcurrentChangeMapper.conflict(lost);
      }
      Optional<Response> requestFault = RequestFaultMapper.answer(cause);
      if (requestFault.isPresent()) {
        return requestFault.get();
      }
    }
    return engineHandler.toResponse(exception);
  }

  /** Registers the mappers with the engine's Jersey application ({@code /engine-rest}). */
  @Component
  static class Registration implements ResourceConfigCustomizer {
    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
      config.register(FormRuleViolationMapper.class, Priorities.USER - 100);
      config.register(ConcurrentChangeMapper.class, Priorities.USER - 100);
      config.register(RequestFaultMapper.class, Priorities.USER - 100);
    }
  }
}
