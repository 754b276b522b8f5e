package com.aftersales.bpm.common;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A business rule that a task's submitted form breaks (e.g. the wrong mix of review cases). Thrown
 * by complete listeners; {@link FormRuleViolationMapper} turns it into a 400 on the engine REST API
 * that Tasklist calls, and the engine rolls the completion back so nothing changes.
 */
public class FormRuleViolation extends BadUserRequestException {

  public FormRuleViolation(String message) {
    super(message);
  }
}
