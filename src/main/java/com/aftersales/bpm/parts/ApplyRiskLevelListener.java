package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.parts.PartsVariables.*;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * End listener of "assess risk level": stores the partsRiskLevel result as typed variables (the
 * task priority and the windows among them) and starts the order's crisis state (no signal, no
 * chase, not escalated).
 */
@ModelBean("applyRiskLevel")
public class ApplyRiskLevelListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResult result = (DmnDecisionResult) execution.getVariable("decisionResult");
    DmnDecisionResultEntries level = result == null ? null : result.getSingleResult();
    if (level == null) {
      throw new IllegalStateException("Decision partsRiskLevel matched no rule for condition "
          + VEHICLE_CONDITION.get(execution));
    }
    RISK_LEVEL.set(execution, (String) level.get(RISK_LEVEL.name()));
    VIP_HANDLING.set(execution, Boolean.TRUE.equals(level.get(VIP_HANDLING.name())));
    MANAGER_DEADLINE.set(execution, (String) level.get(MANAGER_DEADLINE.name()));
    UPDATE_CADENCE.set(execution, (String) level.get(UPDATE_CADENCE.name()));
    UPDATE_GROUP.set(execution, (String) level.get(UPDATE_GROUP.name()));
    LOANER_ENTITLEMENT.set(execution, (String) level.get(LOANER_ENTITLEMENT.name()));
    // Tasklist order and the windows the models' task due dates count from
    TASK_PRIORITY.set(execution, (Integer) level.get(TASK_PRIORITY.name()));
    TAKE_OVER_WITHIN.set(execution, (String) level.get(TAKE_OVER_WITHIN.name()));
    CRISIS_CALL_WITHIN.set(execution, (String) level.get(CRISIS_CALL_WITHIN.name()));
    CRISIS_ACTION_WITHIN.set(execution, (String) level.get(CRISIS_ACTION_WITHIN.name()));
    WAITED_BEYOND_TWICE_PROMISED.set(execution, false);
    CONSECUTIVE_CHASES.set(execution, 0);
    LATEST_CONTACT_TEXT.set(execution, null);
    CRISIS_SIGNAL_COUNT.set(execution, 0);
    CRISIS_SIGNALS.set(execution, "");
    ESCALATED.set(execution, false);
    ESCALATED_AT.set(execution, null);
  }
}
