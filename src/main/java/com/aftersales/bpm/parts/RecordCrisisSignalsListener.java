package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.parts.PartsVariables.CRISIS_SIGNALS;
import static com.aftersales.bpm.parts.PartsVariables.CRISIS_SIGNAL_COUNT;

import java.util.List;
import com.aftersales.bpm.common.DecisionResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** End listener of "check crisis signals": how many rules of crisisSignals matched, and which. */
@ModelBean("recordCrisisSignals")
public class RecordCrisisSignalsListener implements ExecutionListener {

  /** The crisisSignals table's output column: the code of the signal a rule found. */
  static final String SIGNAL_OUTPUT = "signal";

  @Override
  public void notify(DelegateExecution execution) {
    List<String> signals = DecisionResults.collect(execution, SIGNAL_OUTPUT, String.class);
    CRISIS_SIGNAL_COUNT.set(execution, signals.size());
    CRISIS_SIGNALS.set(execution, String.join(",", signals));
  }
}
