package com.aftersales.bpm.security.models;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Whether an event waits for something outside the case: a message, a signal, a condition, or a
 * timer of at least the minimum. A timer written out shorter than that, or a date written out
 * (past after one round), only turns a loop into a job every so often; one an expression gives is
 * judged when it runs (ADR 25).
 */
final class WaitingEvents {

  private static final Set<String> AWAITED = Set.of("timerEventDefinition", "messageEventDefinition",
      "signalEventDefinition", "conditionalEventDefinition");

  private WaitingEvents() {}

  static boolean waits(Element event, Duration minimum) {
    for (Node n = event.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element definition && AWAITED.contains(definition.getLocalName())) {
        return !"timerEventDefinition".equals(definition.getLocalName()) || longEnough(definition, minimum);
      }
    }
    return false;
  }

  private static boolean longEnough(Element timer, Duration minimum) {
    Element date = WaitlessLoops.child(timer, "timeDate");
    Element duration = WaitlessLoops.child(timer, "timeDuration");
    if (date != null && !date.getTextContent().contains("{")) {
      return false;
    }
    if (duration == null || duration.getTextContent().contains("{")) {
      return true;
    }
    try {
      return Duration.parse(duration.getTextContent().strip()).compareTo(minimum) >= 0;
    } catch (DateTimeParseException monthsOrYears) {
      return true; // P1M, P1Y: longer than any minimum
    }
  }
}
