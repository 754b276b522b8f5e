package com.aftersales.bpm.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The day a form's date field names ({@code yyyy-MM-dd}, or a date-time whose date counts): a day
 * missing, or one that is not a date, is refused naming the field, before anything changes. E.g. a
 * parts promise's date and a red alert's replacement date.
 */
public final class FormDay {

  private FormDay() {}

  /** @param what the field in words, for the refusal of a missing day (e.g. "the promised date") */
  public static LocalDate of(ProcessVariable<String> field, VariableScope scope, String what) {
    String text = field.optional(scope).orElse(null);
    if (text == null || text.isBlank()) {
      throw new FormRuleViolation(field.name() + ": " + what + " is missing");
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException | IndexOutOfBoundsException notADate) {
      throw new FormRuleViolation(field.name() + ": '" + text + "' is not a date (yyyy-MM-dd)");
    }
  }
}
