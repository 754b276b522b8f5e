package com.aftersales.bpm.security.models;

import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * How many times a model may run an activity by a count ({@code loopCardinality}): the engine
 * creates every instance of a parallel multi-instance at once, in one transaction, so ten million
 * fill the node's memory and the database wherever the model is reached. Our models loop over a
 * case's own list (its orders, at most 500; its promises; its actions), never over a count; a
 * count is a number written in the model, at most {@value #MAX}. An expression there could give
 * any number and is refused.
 */
final class LoopCount {

  static final int MAX = 500;
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

  private LoopCount() {}

  /** Why the element's count is refused; empty for any other element. */
  static Optional<String> problem(Element element) {
    if (!"loopCardinality".equals(element.getLocalName())) {
      return Optional.empty();
    }
    String count = element.getTextContent().strip();
    if (WHOLE_NUMBER.matcher(count).matches() && Integer.parseInt(count) <= MAX) {
      return Optional.empty();
    }
    return Optional.of("runs its activity '" + count + "' times (loopCardinality); a count is a number of at most "
        + MAX + ": loop over a list of the case instead (camunda:collection)");
  }
}
