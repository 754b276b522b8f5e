package com.aftersales.bpm.common;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A business rule that a submitted form breaks (e.g. the wrong mix of review cases, a field the
 * form does not have). Thrown by listeners and delegates and by the server's form checks; {@link
 * FormRuleViolationMapper} turns it into a 400 with its message on both engine REST roots
 * ({@code /engine-rest} and Tasklist's {@code /camunda/api/engine}), and the engine rolls the
 * completion or start back so nothing changes.
 */
public class FormRuleViolation extends BadUserRequestException {

  public FormRuleViolation(String message) {
    super(message);
  }
}
