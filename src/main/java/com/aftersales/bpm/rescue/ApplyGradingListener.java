package com.aftersales.bpm.rescue;

import com.aftersales.bpm.common.ModelBean;
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
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
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

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResult result = (DmnDecisionResult) execution.getVariable("decisionResult");
    DmnDecisionResultEntries grading = result == null ? null : result.getSingleResult();
    if (grading == null) {
      throw new IllegalStateException("Decision npsAlertGrade matched no rule for this survey");
    }
    ALERT_LEVEL.set(execution, entry(grading, ALERT_LEVEL.name()));
    FOLLOW_UP.set(execution, entry(grading, FOLLOW_UP.name()));
    GRADE.set(execution, entry(grading, GRADE.name()));
    RESPONSE_SLA.set(execution, entry(grading, RESPONSE_SLA.name()));
    RESPONDER_GROUP.set(execution, entry(grading, RESPONDER_GROUP.name()));
    ESCALATION_GROUP.set(execution, entry(grading, ESCALATION_GROUP.name()));
    COMPENSATION_AUTHORITY.set(execution, entry(grading, COMPENSATION_AUTHORITY.name()));
    HOME_VISIT_REQUIRED.set(execution, Boolean.TRUE.equals(entry(grading, HOME_VISIT_REQUIRED.name())));
    NOTIFIED_GROUPS.set(execution, entry(grading, NOTIFIED_GROUPS.name()));
    FIRST_CONTACT_GROUPS.set(execution, entry(grading, FIRST_CONTACT_GROUPS.name()));
    // Tasklist order and the SOP windows the models' task due dates count from answeredAt
    TASK_PRIORITY.set(execution, entry(grading, TASK_PRIORITY.name()));
    INVESTIGATE_WITHIN.set(execution, entry(grading, INVESTIGATE_WITHIN.name()));
    DESIGN_WITHIN.set(execution, entry(grading, DESIGN_WITHIN.name()));
    FOLLOW_UP_WITHIN.set(execution, entry(grading, FOLLOW_UP_WITHIN.name()));
    String sla = entry(grading, RESPONSE_SLA.name());
    if (sla != null) {
      RESPONSE_DEADLINE.set(execution, deadlines.after(ANSWERED_AT.get(execution), sla));
    }
  }

  /** An output left empty in the table (e.g. no grade for a passive score) is absent, not null. */
  @SuppressWarnings("unchecked")
  private static <T> T entry(DmnDecisionResultEntries grading, String output) {
    return (T) grading.get(output);
  }
}
