package com.aftersales.bpm.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * None of our models starts on a condition, so the engine refuses every {@code POST /condition}
 * with ENGINE-13043 ("no subscriptions were found") and its REST API answers 500. Nothing is wrong
 * with the request or the server: nothing starts, which the engine says with an empty list when
 * conditional start events exist but none matches. Every other exception keeps the engine's own
 * handling.
 */
@Priority(Priorities.USER - 100)
public class NoConditionalStartMapper implements ExceptionMapper<ProcessEngineException> {

  private static final String NO_CONDITIONAL_START = "ENGINE-13043 ";

  private final ProcessEngineExceptionHandler engineHandler = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    if (exception.getMessage() != null && exception.getMessage().startsWith(NO_CONDITIONAL_START)) {
      return Response.ok(List.of(), MediaType.APPLICATION_JSON_TYPE).build();
    }
    return engineHandler.toResponse(exception);
  }
}
