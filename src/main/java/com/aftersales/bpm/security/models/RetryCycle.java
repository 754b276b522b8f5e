package com.aftersales.bpm.security.models;

import java.util.Optional;
import org.w3c.dom.Element;

/**
 * A model's own retry cycle for a failing step ({@code camunda:failedJobRetryTimeCycle}) is a timer
 * no cycle rule sees: {@code R100000/PT1S} runs a step that always fails every few seconds for days,
 * each run a job log row and a stack trace. Failing steps are retried as the operators set it for
 * every model ({@code camunda.bpm.generic-properties.properties.failedJobRetryTimeCycle}).
 */
final class RetryCycle {

  private RetryCycle() {}

  /** Why the element's retry cycle is refused; empty for any other element. */
  static Optional<String> problem(Element element) {
    if (!"failedJobRetryTimeCycle".equals(element.getLocalName())
        || !ModelContentCheck.extension(element.getNamespaceURI())) {
      return Optional.empty();
    }
    return Optional.of("retries a failing step on its own cycle '" + element.getTextContent().strip()
        + "' (camunda:failedJobRetryTimeCycle); failing steps are retried as the operators set it for every model");
  }
}
