package com.aftersales.bpm.rescue;

import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.rescue.RescueVariables.ALERT_CHANNEL;
import static com.aftersales.bpm.rescue.RescueVariables.ALERT_LEVEL;
import static com.aftersales.bpm.rescue.RescueVariables.ANSWERED_AT;
import static com.aftersales.bpm.rescue.RescueVariables.COMPENSATION_AUTHORITY;
import static com.aftersales.bpm.rescue.RescueVariables.DESIGN_WITHIN;
import static com.aftersales.bpm.rescue.RescueVariables.ESCALATION_GROUP;
import static com.aftersales.bpm.rescue.RescueVariables.FIRST_CONTACT_GROUPS;
import static com.aftersales.bpm.rescue.RescueVariables.FOLLOW_UP;
import static com.aftersales.bpm.rescue.RescueVariables.FOLLOW_UP_WITHIN;
import static com.aftersales.bpm.rescue.RescueVariables.GRADE;
import static com.aftersales.bpm.rescue.RescueVariables.HOME_VISIT_REQUIRED;
import static com.aftersales.bpm.rescue.RescueVariables.INVESTIGATE_WITHIN;
import static com.aftersales.bpm.rescue.RescueVariables.NOTIFIED_GROUPS;
import static com.aftersales.bpm.rescue.RescueVariables.RESPONDER_GROUP;
import static com.aftersales.bpm.rescue.RescueVariables.RESPONSE_DEADLINE;
import static com.aftersales.bpm.rescue.RescueVariables.RESPONSE_SLA;
import static com.aftersales.bpm.rescue.RescueVariables.TASK_PRIORITY;

import com.aftersales.bpm.common.Deadlines;
import com.aftersales.bpm.common.DecisionResults;
import com.aftersales.bpm.common.ProcessVariable;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * End listener of the "identify and grade" business rule task: stores the npsAlertGrade result as
 * typed variables (the task priority and the SOP windows among them) and sets the response
 * deadline, counted from when the customer answered.
 */
@ModelBean("applyGrading")
public class ApplyGradingListener implements ExecutionListener {

  private final Deadlines deadlines;

  public ApplyGradingListener(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** The table's outputs, each copied onto the case as the variable of the same name. */
  static final List<ProcessVariable<?>> OUTPUTS = List.of(ALERT_LEVEL, ALERT_CHANNEL, FOLLOW_UP, GRADE, RESPONSE_SLA,
      RESPONDER_GROUP, ESCALATION_GROUP, COMPENSATION_AUTHORITY, HOME_VISIT_REQUIRED, NOTIFIED_GROUPS,
      FIRST_CONTACT_GROUPS, TASK_PRIORITY, INVESTIGATE_WITHIN, DESIGN_WITHIN, FOLLOW_UP_WITHIN);

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResultEntries grading = DecisionResults.single(execution, RescueModel.GRADING_DECISION);
    // Tasklist order and the SOP windows the models' task due dates count from answeredAt among them
    DecisionResults.copy(grading, execution, OUTPUTS);
    HOME_VISIT_REQUIRED.set(execution, Boolean.TRUE.equals(DecisionResults.entry(grading, HOME_VISIT_REQUIRED)));
    String sla = DecisionResults.entry(grading, RESPONSE_SLA);
    if (sla != null) {
      RESPONSE_DEADLINE.set(execution, deadlines.after(ANSWERED_AT.get(execution), sla));
    }
  }
}
