package com.aftersales.bpm.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;

/**
 * The engine's REST API binds a query parameter to its query by reflection, and one it cannot take
 * from text (or-queries, which only a POST body carries: {@code ?orQueries=…}) fails there with
 * "argument type mismatch", which its handler answered with 500. The request's fault: 400 naming
 * the parameter. Any other IllegalArgumentException keeps the engine's own handling.
 */
@Priority(Priorities.USER - 100)
public class QueryParameterTypeMapper implements ExceptionMapper<IllegalArgumentException> {

  private static final String MISMATCH = "argument type mismatch";
  private static final String OR_QUERIES = "orQueries";

  private final ExceptionHandler engineHandler = new ExceptionHandler();

  @Context UriInfo request;

  @Override
  public Response toResponse(IllegalArgumentException exception) {
    if (!MISMATCH.equals(exception.getMessage())) {
      return engineHandler.toResponse(exception);
    }
    boolean orQueries = request != null && request.getQueryParameters().containsKey(OR_QUERIES);
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException", "message", orQueries
            ? "orQueries is taken only in a POST body, not as a query parameter"
            : "A query parameter has a value this call cannot take"))
        .build();
  }
}
