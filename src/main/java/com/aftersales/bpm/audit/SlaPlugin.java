package com.aftersales.bpm.audit;

import static com.aftersales.bpm.audit.SlaVariables.SLA_BREACHED;
import static com.aftersales.bpm.audit.SlaVariables.SLA_BREACHES;

import com.aftersales.bpm.engine.CaseWatcher;
import com.aftersales.bpm.engine.EngineExtension;
import com.aftersales.bpm.engine.EngineHooks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Every case with SLA deadlines records them: {@code slaBreached = false} and {@code slaBreaches
 * = 0} from the start, and each missed deadline (the engine adapter's SlaTimers judge them: the
 * timer fired, or the step it guards ended after its due date) sets the one and counts the other.
 * No model needs a listener of its own, and marking a timer {@code sla} in Modeler is all it takes.
 */
@Component
public class SlaPlugin implements EngineExtension, CaseWatcher {

  @Override
  public void configure(EngineHooks hooks) {
    hooks.caseWatcher(this);
  }

  @Override
  public void caseStarted(DelegateExecution execution, String processKey, boolean hasSlaTimers) {
    if (hasSlaTimers) {
      SLA_BREACHED.set(execution, false);
      SLA_BREACHES.set(execution, 0);
    }
  }

  @Override
  public void slaMissed(DelegateExecution execution, String processKey, String timerId) {
    DelegateExecution instance = execution.getProcessInstance();
    SLA_BREACHES.set(instance, SLA_BREACHES.optional(instance).orElse(0) + 1);
    SLA_BREACHED.set(instance, true);
  }
}
