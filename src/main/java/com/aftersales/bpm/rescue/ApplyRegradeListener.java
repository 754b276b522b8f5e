package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.RescueVariables.ALERT_CHANNEL;
import static com.aftersales.bpm.rescue.RescueVariables.ALERT_LEVEL;
import static com.aftersales.bpm.rescue.RescueVariables.COMPENSATION_AUTHORITY;
import static com.aftersales.bpm.rescue.RescueVariables.ESCALATION_GROUP;
import static com.aftersales.bpm.rescue.RescueVariables.GRADE;
import static com.aftersales.bpm.rescue.RescueVariables.HOME_VISIT_REQUIRED;
import static com.aftersales.bpm.rescue.RescueVariables.NOTIFIED_GROUPS;
import static com.aftersales.bpm.rescue.RescueVariables.RESPONDER_GROUP;
import static com.aftersales.bpm.rescue.RescueVariables.TASK_PRIORITY;

import com.aftersales.bpm.common.DecisionResults;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.ProcessVariable;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * End listener of "grade again with the risk", after the first contact found public-opinion risk:
 * the new grade decides who handles the case from now on, with what authority, how urgently and
 * whether a home visit is due. What the first grade already set in motion stays: the response
 * deadline (the first contact is done) and the SOP windows, which count from the answer (SPEC 1.3),
 * so the risk does not turn steps into missed deadlines after the fact.
 */
@ModelBean("applyRegrade")
public class ApplyRegradeListener implements ExecutionListener {

  /** The table's outputs that follow the new grade, each copied as the variable of the same name. */
  static final List<ProcessVariable<?>> OUTPUTS = List.of(ALERT_LEVEL, ALERT_CHANNEL, GRADE, RESPONDER_GROUP,
      ESCALATION_GROUP, COMPENSATION_AUTHORITY, NOTIFIED_GROUPS, TASK_PRIORITY);

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResultEntries grading = DecisionResults.single(execution, RescueModel.GRADING_DECISION);
    DecisionResults.copy(grading, execution, OUTPUTS);
    HOME_VISIT_REQUIRED.set(execution, Boolean.TRUE.equals(DecisionResults.entry(grading, HOME_VISIT_REQUIRED)));
  }
}
