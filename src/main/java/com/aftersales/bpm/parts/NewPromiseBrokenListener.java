package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.ModelBean;

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
    RecordCrisisSignalsListener.add(execution, List.of(SIGNAL));
  }
}
