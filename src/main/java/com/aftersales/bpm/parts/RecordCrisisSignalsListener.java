package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.parts.PartsVariables.CRISIS_SIGNALS;
import static com.aftersales.bpm.parts.PartsVariables.CRISIS_SIGNAL_COUNT;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import com.aftersales.bpm.common.DecisionResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * End listener of "check crisis signals": adds the signals the crisisSignals table found now to
 * those the order showed before, so that SPEC 2.4's "any two" counts over all of the customer's
 * contacts (a complaint on Monday and a demand for a definite answer on Wednesday are two). Which
 * words count stays in the table; this only keeps the union, each code once, first seen first.
 */
@ModelBean("recordCrisisSignals")
public class RecordCrisisSignalsListener implements ExecutionListener {

  /** The crisisSignals table's output column: the code of the signal a rule found. */
  static final String SIGNAL_OUTPUT = "signal";

  @Override
  public void notify(DelegateExecution execution) {
    add(execution, DecisionResults.collect(execution, SIGNAL_OUTPUT, String.class));
  }

  /** Adds signals to the order's crisisSignals and crisisSignalCount, each code once. */
  static void add(DelegateExecution execution, List<String> found) {
    List<String> signals = merged(CRISIS_SIGNALS.optional(execution).orElse(""), found);
    CRISIS_SIGNAL_COUNT.set(execution, signals.size());
    CRISIS_SIGNALS.set(execution, String.join(",", signals));
  }

  /** The order's signals so far (comma-separated codes) followed by the new ones, each code once. */
  static List<String> merged(String before, List<String> found) {
    Set<String> signals = new LinkedHashSet<>();
    Arrays.stream(before.split(",")).map(String::trim).filter(code -> !code.isEmpty()).forEach(signals::add);
    signals.addAll(found);
    return List.copyOf(signals);
  }
}
