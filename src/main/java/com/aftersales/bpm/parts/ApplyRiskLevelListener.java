package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.parts.PartsVariables.*;
import static com.aftersales.bpm.parts.PartsModel.*;

import com.aftersales.bpm.common.DecisionResults;
import com.aftersales.bpm.common.ProcessVariable;
import java.util.List;
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

  /** The table's outputs, each copied onto the order as the variable of the same name. */
  static final List<ProcessVariable<?>> OUTPUTS = List.of(RISK_LEVEL, VIP_HANDLING, MANAGER_DEADLINE,
      UPDATE_CADENCE, UPDATE_GROUP, LOANER_ENTITLEMENT, TASK_PRIORITY, TAKE_OVER_WITHIN, CRISIS_CALL_WITHIN,
      CRISIS_ACTION_WITHIN, EXPECTATION_WITHIN, EXPECTATION_LATE_TOLD, CRISIS_DEADLINE_WITHIN, PROMISE_WITHIN);

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResultEntries level = DecisionResults.single(execution, PartsModel.RISK_DECISION);
    // Tasklist order and the windows the models' task due dates count from among them
    DecisionResults.copy(level, execution, OUTPUTS);
    VIP_HANDLING.set(execution, Boolean.TRUE.equals(DecisionResults.entry(level, VIP_HANDLING)));
    WAITED_BEYOND_TWICE_PROMISED.set(execution, false);
    CONSECUTIVE_CHASES.set(execution, 0);
    LATEST_CONTACT_TEXT.set(execution, null);
    CRISIS_SIGNAL_COUNT.set(execution, 0);
    CRISIS_SIGNALS.set(execution, "");
    ESCALATED.set(execution, false);
    ESCALATED_AT.set(execution, null);
  }
}
