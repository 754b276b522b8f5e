package com.aftersales.bpm.common;

import com.aftersales.bpm.engine.EngineRefusals;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers every exception from a listener or delegate with 500. A {@link
 * FormRuleViolation} is the user's input, not a server fault: answer 400 with its message, which
 * Tasklist shows; a completion that lost the race against another change of the case ({@link
 * OptimisticLockingException}) is 409 ({@link ConcurrentChangeMapper}); an unknown id is 404 ({@link
 * RequestFaultMapper}); what the engine itself calls the request's fault ({@link
 * BadUserRequestException}, e.g. a start asking to skip the model's listeners) is 400; a refusal
 * of the engine or its adapter is 403, also where the REST API turned it into a 400 or 404 of its
 * own (adding a comment or an attachment, deleting an attachment: {@link
 * EngineRefusals#ofThisRequest}); every other exception keeps the engine's own
 * handling. Registered on {@code /engine-rest} and on Tasklist's copy ({@link
 * TasklistEngineApi}).
 */
@Priority(Priorities.USER - 100)
public class FormRuleViolationMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler engineHandler = new RestExceptionHandler();
  private final ProcessEngineExceptionHandler refusals = new ProcessEngineExceptionHandler();

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
      if (cause instanceof AuthorizationException refused) {
        return refusals.toResponse(refused);
      }
      Optional<Response> requestFault = RequestFaultMapper.answer(cause);
      if (requestFault.isPresent()) {
        return requestFault.get();
      }
      if (cause instanceof BadUserRequestException badRequest) { // the engine's own word for the request's fault
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "BadUserRequestException", "message", badRequest.getMessage())).build();
      }
    }
    Optional<Response> unknownJob = RequestFaultMapper.unknownJob(exception);
    if (unknownJob.isPresent()) {
      return unknownJob.get();
    }
    // an answer of the REST API's own that dropped the refusal it came from
    return EngineRefusals.ofThisRequest().filter(refused -> exception.getCause() == null).map(refusals::toResponse)
        .orElseGet(() -> engineHandler.toResponse(exception));
  }

  /** Registers the mappers with the engine's Jersey application ({@code /engine-rest}). */
  @Component
  static class Registration implements ResourceConfigCustomizer {
    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
      config.register(FormRuleViolationMapper.class, Priorities.USER - 100);
      config.register(ConcurrentChangeMapper.class, Priorities.USER - 100);
      config.register(RequestFaultMapper.class, Priorities.USER - 100);
      config.register(MissingValueMapper.class, Priorities.USER - 100);
      config.register(QueryParameterTypeMapper.class, Priorities.USER - 100);
    }
  }
}
