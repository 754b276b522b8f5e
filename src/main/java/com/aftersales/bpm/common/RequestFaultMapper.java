package com.aftersales.bpm.common;

import com.aftersales.bpm.engine.EngineRefusals;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Engine refusals that are about the request, which the engine's REST API answers with 500:
 * <ul>
 *   <li>an id that names nothing (a task, an execution: the engine's {@link NullValueException},
 *   "Cannot find task with id …", "execution … doesn't exist") is 404, any other missing value
 *   400, with the engine's message;</li>
 *   <li>claiming a task somebody else claimed first (two staff pressing Claim at once) is 409, with
 *   the engine's message;</li>
 *   <li>a message triggered on an execution that has no subscription to it is 404, as reading that
 *   subscription is;</li>
 *   <li>a user or group id outside the allowed pattern (creating a user in Admin) is 400, and so is
 *   an authorization of an unknown type or with a group on a GLOBAL one, and a password that breaks
 *   the password policy (production);</li>
 *   <li>a start or completion that left out a variable the model reads (an expression's unknown
 *   identifier, or a decision table that matched no rule because an input had no value, {@link
 *   NoMatchingRule}) is 400 naming the variables;</li>
 *   <li>a query's parameter the engine cannot take (a list left empty, "Set of process instance ids
 *   is empty"; a version of 0; includeAssignedTasks without a candidate; a variable compared with
 *   an object) is 400;</li>
 *   <li>modifying a process instance that does not exist (ENGINE-13036), and a job's retries or
 *   due date set on an id that names no job (the REST API's own 500), are 404;</li>
 *   <li>{@code POST /condition} when no model starts on a condition (none of ours does; the engine
 *   says ENGINE-13043) started nothing: the empty list the engine answers when none matches.</li>
 * </ul>
 * A listener's refusal ({@link AuthorizationException}) that the engine wrapped, e.g. on a claim,
 * is 403 as it is on a completion. Every other exception keeps the engine's own handling. {@link FormRuleViolationMapper} asks the
 * same for the causes of the engine's wrapped errors.
 */
@Priority(Priorities.USER - 100)
public class RequestFaultMapper implements ExceptionMapper<ProcessEngineException> {

  private static final String NO_CONDITIONAL_START = "ENGINE-13043 ";
  /**
   * The engine's words for a query's parameter it cannot take: a list left empty ("Candidate group
   * list is empty"), a number not above 0 ("version is not greater than 0"), an option without the
   * one it needs ("… has to be called before 'includeAssignedTasks'"), a variable compared with a
   * JSON object or list.
   */
  private static final Pattern QUERY_FAULT = Pattern.compile(" is empty$| is not greater than 0$| has to be called before '"
      + "|^Object values cannot be used to query$");
  /** ENGINE-13036 with the reason the engine gives when the modified instance's id names nothing. */
  private static final String NO_INSTANCE_TO_MODIFY = "The process instance does not exist";
  /** What the REST API says, with its own 500, when a job's retries or due date name no job. */
  private static final Pattern NO_JOB = Pattern.compile("^(ENGINE-13053 )?No job found with id ");

  private final ProcessEngineExceptionHandler engineHandler = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException refused) {
        return engineHandler.toResponse(refused);
      }
      Optional<Response> requestFault = answer(cause);
      if (requestFault.isPresent()) {
        return requestFault.get();
      }
    }
    return engineHandler.toResponse(exception);
  }

  /** The answer to {@code cause} when it is the request's fault. */
  static Optional<Response> answer(Throwable cause) {
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    if (cause instanceof NullValueException) {
      boolean unknownId = message.contains("Cannot find") || message.contains("doesn't exist")
          || message.contains("not found");
      return Optional.of(refusal(unknownId ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST,
          "NullValueException", message));
    }
    if (cause instanceof TaskAlreadyClaimedException) {
      return Optional.of(refusal(Response.Status.CONFLICT, "TaskAlreadyClaimedException", message));
    }
    if (EngineRefusals.noMessageSubscription(cause)) {
      return Optional.of(refusal(Response.Status.NOT_FOUND, "InvalidRequestException", message));
    }
    if (EngineRefusals.invalidResourceId(cause) || EngineRefusals.invalidAuthorization(cause)) {
      return Optional.of(refusal(Response.Status.BAD_REQUEST, "InvalidRequestException", message));
    }
    if (EngineRefusals.passwordAgainstPolicy(cause)) {
      return Optional.of(refusal(Response.Status.BAD_REQUEST, "InvalidRequestException", "password: " + message
          + " (GET identity/password-policy lists its rules)"));
    }
    if (EngineRefusals.unknownVariable(cause)) {
      return Optional.of(refusal(Response.Status.BAD_REQUEST, "MissingVariable",
          "The case needs a variable the request did not give: " + message));
    }
    if (cause instanceof NoMatchingRule noRule && !noRule.missingInputs().isEmpty()) {
      return Optional.of(refusal(Response.Status.BAD_REQUEST, "MissingVariable", message));
    }
    if (cause instanceof ProcessEngineException && QUERY_FAULT.matcher(message).find()) {
      return Optional.of(refusal(Response.Status.BAD_REQUEST, "InvalidRequestException", message));
    }
    if (cause instanceof ProcessEngineException && message.contains(NO_INSTANCE_TO_MODIFY)) {
      return Optional.of(refusal(Response.Status.NOT_FOUND, "NotFoundException", message));
    }
    if (cause instanceof ProcessEngineException && message.startsWith(NO_CONDITIONAL_START)) {
      return Optional.of(Response.ok(List.of(), MediaType.APPLICATION_JSON_TYPE).build());
    }
    return Optional.empty();
  }

  /**
   * The REST API's own 500 for a job's retries or due date set on an id that names no job (it
   * drops the engine's exception and keeps its text): 404, as reading that job is.
   */
  static Optional<Response> unknownJob(RestException exception) {
    boolean noJob = exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR && exception.getCause() == null
        && exception.getMessage() != null && NO_JOB.matcher(exception.getMessage()).find();
    return noJob ? Optional.of(refusal(Response.Status.NOT_FOUND, "NotFoundException", exception.getMessage()))
        : Optional.empty();
  }

  private static Response refusal(Response.Status status, String type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", type, "message", message)).build();
  }
}
