package com.aftersales.bpm.demo;

import static com.aftersales.bpm.rescue.RescueVariables.*;

import com.aftersales.bpm.common.ApprovalDecision;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What each rescue task's form submits in {@link RescueDriver}'s cases, through the catalog's
 * handles and in its types: the date-time field sends UTC text to the minute, as Tasklist's picker
 * does; amounts are CNY.
 */
final class RescueForms {

  private RescueForms() {}

  static VariableMap escalation() {
    return ESCALATION_ACTION.putIn(Variables.createVariables(), "called the customer myself");
  }

  static VariableMap approval() {
    return APPROVAL_DECISION.putIn(Variables.createVariables(), ApprovalDecision.APPROVED);
  }

  static VariableMap firstContact(Instant contact) {
    VariableMap form = Variables.createVariables();
    LEAP_LISTENED.putIn(form, true);
    LEAP_EMPATHIZED.putIn(form, true);
    LEAP_ACKNOWLEDGED.putIn(form, true);
    LEAP_PROMISED.putIn(form, true);
    PAIN_POINTS.putIn(form, "没能按时提车 / could not collect the car on time");
    PROMISE.putIn(form, "solution by tomorrow");
    PROMISED_CALLBACK_AT.putIn(form, contact.plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.MINUTES)
        .atOffset(ZoneOffset.UTC).toString());
    return form;
  }

  static VariableMap investigation(RescueScript script) {
    VariableMap form = Variables.createVariables();
    FACTS.putIn(form, "records checked");
    RESPONSIBILITY.putIn(form, "OURS");
    ROOT_CAUSE_CATEGORY.putIn(form, script.reason());
    SHORT_TERM_REMEDY.putIn(form, "an apology call");
    return form;
  }

  static VariableMap solution(RescueScript script) {
    VariableMap form = Variables.createVariables();
    PROBLEM_FIX_ITEMS.putIn(form, "free repair");
    PROBLEM_FIX_VALUE.putIn(form, BigDecimal.valueOf(script.aboveAuthority() ? 6000 : 300));
    LOSS_COMPENSATION_ITEMS.putIn(form, "service voucher");
    LOSS_COMPENSATION_VALUE.putIn(form, BigDecimal.valueOf(100));
    EMOTIONAL_REPAIR_ITEMS.putIn(form, script.homeVisit() ? "home visit" : "phone call");
    EMOTIONAL_REPAIR_VALUE.putIn(form, BigDecimal.ZERO);
    return form;
  }

  /** The reason for no home visit only where the grade expected one: the form hides the field otherwise. */
  static VariableMap followUp(RescueScript script, boolean homeVisitRequired) {
    VariableMap form = Variables.createVariables();
    CALLED_BACK_AT_PROMISED_TIME.putIn(form, true);
    HOME_VISIT_DONE.putIn(form, script.homeVisit());
    if (homeVisitRequired && !script.homeVisit()) {
      NO_HOME_VISIT_REASON.putIn(form, "the customer preferred a call");
    }
    FIX_STARTED.putIn(form, true);
    PROGRESS_UPDATES.putIn(form, "photos sent");
    CUSTOMER_RESPONSE.putIn(form, script.churned() ? "CHURNED" : "ACCEPTED");
    return form;
  }

  static VariableMap review() {
    VariableMap form = Variables.createVariables();
    WHAT_HAPPENED.putIn(form, "long wait");
    DONE_RIGHT.putIn(form, "fast call");
    DONE_WRONG.putIn(form, "no updates");
    SYSTEM_IMPROVEMENT.putIn(form, "progress SMS");
    NOMINATED_FOR_JOINT_REVIEW.putIn(form, false);
    return form;
  }
}
