package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.parts.PartsVariables.CRISIS_SIGNALS;
import static com.aftersales.bpm.parts.PartsVariables.CRISIS_SIGNAL_COUNT;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** End listener of "check crisis signals": how many rules of crisisSignals matched, and which. */
@ModelBean("recordCrisisSignals")
public class RecordCrisisSignalsListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResult result = (DmnDecisionResult) execution.getVariable("decisionResult");
    List<String> signals = result == null ? List.of()
        : result.getResultList().stream().map(r -> (String) r.get("signal")).filter(Objects::nonNull)
            .distinct().toList();
    CRISIS_SIGNAL_COUNT.set(execution, signals.size());
    CRISIS_SIGNALS.set(execution, String.join(",", signals));
  }
}
