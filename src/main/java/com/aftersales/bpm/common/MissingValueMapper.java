package com.aftersales.bpm.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few engine REST calls fail with a NullPointerException when the request names nothing: a
 * definition id that does not exist (suspending a process definition, a definition's history
 * time-to-live) or a list the request left out (a restart's instructions). The engine's handler
 * answers 500 with the exception's text, which names the engine's internal classes. They are the
 * request's fault: 404 when the engine found no definition or entity for the id, else 400; the
 * exception itself goes to the log. A NullPointerException thrown in our own code (a delegate or
 * listener the call ran) is our fault, not the request's: a 500 that names nothing inside.
 */
@Priority(Priorities.USER - 100)
public class MissingValueMapper implements ExceptionMapper<NullPointerException> {

  private static final Logger LOG = LoggerFactory.getLogger(MissingValueMapper.class);
  private static final String OURS = "com.aftersales.";
  /** The JDK's helpful message: {@code … because "processDefinitionEntity" is null}. */
  private static final Pattern NOTHING_FOUND = Pattern.compile("because \"\\w*(Definition|Entity)\" is null");

  @Override
  public Response toResponse(NullPointerException exception) {
    if (thrownByOurCode(exception)) {
      LOG.error("An engine REST request failed in the application's own code", exception);
      return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", "ServerError", "message", "The server failed; the log has the details")).build();
    }
    LOG.warn("An engine REST request named nothing or left out a value", exception);
    boolean unknownId = exception.getMessage() != null && NOTHING_FOUND.matcher(exception.getMessage()).find();
    return Response.status(unknownId ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", unknownId ? "NotFound" : "MissingValue", "message", unknownId
            ? "Nothing exists with the id this request names" : "The request left out a value this call needs"))
        .build();
  }

  /** Whether the first frame outside the JDK is ours (every request also passes our filters and interceptors). */
  private static boolean thrownByOurCode(NullPointerException exception) {
    return Arrays.stream(exception.getStackTrace()).map(StackTraceElement::getClassName)
        .filter(name -> !name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun."))
        .findFirst().map(name -> name.startsWith(OURS)).orElse(false);
  }
}
