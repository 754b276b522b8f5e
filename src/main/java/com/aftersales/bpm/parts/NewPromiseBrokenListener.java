package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.parts.PartsVariables.CRISIS_SIGNALS;
import static com.aftersales.bpm.parts.PartsVariables.CRISIS_SIGNAL_COUNT;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Start listener of the escalation thrown when a new promised date passes too (seed 003, day 9):
 * adds {@value #SIGNAL} to the order's crisis signals, so the managers' crisis tasks and alert say
 * why the order escalated without two of the crisisSignals table's signals. The table is unchanged.
 */
@ModelBean("newPromiseBroken")
public class NewPromiseBrokenListener implements ExecutionListener {

  /** The crisis signal's code (staff words: kind crisisSignal). */
  static final String SIGNAL = "NEW_PROMISE_BROKEN";

  @Override
  public void notify(DelegateExecution execution) {
    List<String> signals = RecordCrisisSignalsListener.merged(CRISIS_SIGNALS.optional(execution).orElse(""), List.of(SIGNAL));
    CRISIS_SIGNAL_COUNT.set(execution, signals.size());
    CRISIS_SIGNALS.set(execution, String.join(",", signals));
  }
}
