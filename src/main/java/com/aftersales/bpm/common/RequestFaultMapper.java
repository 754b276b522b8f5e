package com.aftersales.bpm.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Engine refusals that are about the request, which the engine's REST API answers with 500:
 * <ul>
 *   <li>an id that names nothing (a task, an execution: the engine's {@link NullValueException},
 *   "Cannot find task with id …", "execution … doesn't exist") is 404, any other missing value
 *   400, with the engine's message;</li>
 *   <li>{@code POST /condition} when no model starts on a condition (none of ours does; the engine
 *   says ENGINE-13043) started nothing: the empty list the engine answers when none matches.</li>
 * </ul>
 * Every other exception keeps the engine's own handling. {@link FormRuleViolationMapper} asks the
 * same for the causes of the engine's wrapped errors.
 */
@Priority(Priorities.USER - 100)
public class RequestFaultMapper implements ExceptionMapper<ProcessEngineException> {

  private static final String NO_CONDITIONAL_START = "ENGINE-13043 ";

  private final ProcessEngineExceptionHandler engineHandler = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return answer(exception).orElseGet(() -> engineHandler.toResponse(exception));
  }

  /** The answer to {@code cause} when it is the request's fault. */
  static Optional<Response> answer(Throwable cause) {
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    if (cause instanceof NullValueException) {
      boolean unknownId = message.contains("Cannot find") || message.contains("doesn't exist")
          || message.contains("not found");
      return Optional.of(Response.status(unknownId ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("type", "NullValueException", "message", message)).build());
    }
    if (cause instanceof ProcessEngineException && message.startsWith(NO_CONDITIONAL_START)) {
      return Optional.of(Response.ok(List.of(), MediaType.APPLICATION_JSON_TYPE).build());
    }
    return Optional.empty();
  }
}
