package com.aftersales.bpm.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine refuses a change that lost the race against another change of the same case (a
 * colleague, a background step such as a notification or a timer) with an {@link
 * OptimisticLockingException} and rolls it back whole; its REST API answers 500. It is not a server
 * fault and nothing was lost: answer 409 with a message Tasklist shows, and the person submits
 * again (ADR 21).
 */
@Priority(Priorities.USER - 100)
public class ConcurrentChangeMapper implements ExceptionMapper<OptimisticLockingException> {

  private static final Logger LOG = LoggerFactory.getLogger(ConcurrentChangeMapper.class);

  static final String MESSAGE = "The case changed meanwhile; nothing was saved. Please try again. "
      + "/ 案件刚被同时更改，本次未保存，请重试。";

  @Override
  public Response toResponse(OptimisticLockingException exception) {
    return conflict(exception);
  }

  /** The 409 for a change that lost the race; logged in one line (no stack: it is not a fault). */
  static Response conflict(OptimisticLockingException lost) {
    LOG.info("A change lost the race against another change of the same case, answered 409: {}", lost.getMessage());
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "OptimisticLockingException", "message", MESSAGE)).build();
  }
}
