package com.aftersales.bpm.rescue;

import com.aftersales.bpm.common.ApprovalDecision;
import com.aftersales.bpm.common.OutsideEventGate;
import com.aftersales.bpm.common.CaseVariables;
import com.aftersales.bpm.common.CustomerVariables;
import com.aftersales.bpm.common.ImprovementActionVariables;
import com.aftersales.bpm.common.ProcessVariable;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Variables of the low-score rescue and the passive follow-up that Java reads or writes. The
 * forms' field keys and the models' expressions use the same names.
 */
public final class RescueVariables {

  // from the survey (set at intake)
  public static final ProcessVariable<String> SURVEY_ID = ProcessVariable.of("surveyId", String.class);
  public static final ProcessVariable<Date> ANSWERED_AT = ProcessVariable.of("answeredAt", Date.class);
  public static final ProcessVariable<Integer> SCORE = ProcessVariable.of("score", Integer.class);
  public static final ProcessVariable<String> COMMENT = ProcessVariable.of("comment", String.class);
  public static final ProcessVariable<String> SERVICE_ORDER_ID = ProcessVariable.of("serviceOrderId", String.class);
  public static final ProcessVariable<String> CUSTOMER_ID = CustomerVariables.CUSTOMER_ID;
  public static final ProcessVariable<String> CUSTOMER_NAME = CustomerVariables.CUSTOMER_NAME;
  public static final ProcessVariable<String> CUSTOMER_PHONE = CustomerVariables.CUSTOMER_PHONE;
  public static final ProcessVariable<Boolean> HIGH_VALUE = CustomerVariables.HIGH_VALUE;
  public static final ProcessVariable<String> VEHICLE_MODEL = CustomerVariables.VEHICLE_MODEL;
  public static final ProcessVariable<String> VEHICLE_PLATE = CustomerVariables.VEHICLE_PLATE;
  /** The parts-shortage order the surveyed repair belonged to, when there was one. */
  public static final ProcessVariable<String> PARTS_SHORTAGE_INSTANCE_ID = ProcessVariable.of("partsShortageInstanceId", String.class);
  public static final ProcessVariable<Boolean> PUBLIC_OPINION_RISK = ProcessVariable.of("publicOpinionRisk", Boolean.class);
  /** The public-opinion channels the comment names, comma-separated (table publicOpinionWords: MEDIA, SOCIAL_POST, REGULATOR); empty when none. */
  public static final ProcessVariable<String> PUBLIC_OPINION_WORDS = ProcessVariable.of("publicOpinionWords", String.class);
  /** Ticked on the first contact when the responder learns of the risk then: the case is graded again. */
  public static final ProcessVariable<Boolean> PUBLIC_OPINION_RISK_FOUND = ProcessVariable.of("publicOpinionRiskFound", Boolean.class);

  // outputs of the DMN table npsAlertGrade (step 1)
  public static final ProcessVariable<String> ALERT_LEVEL = ProcessVariable.of("alertLevel", String.class);
  /** The channel of the alert and its escalation (red: URGENT, yellow: ALERT); none for a score of 7-10. */
  public static final ProcessVariable<String> ALERT_CHANNEL = CaseVariables.ALERT_CHANNEL;
  public static final ProcessVariable<FollowUp> FOLLOW_UP = ProcessVariable.of("followUp", FollowUp.class);
  public static final ProcessVariable<String> GRADE = ProcessVariable.of("grade", String.class);
  public static final ProcessVariable<String> RESPONSE_SLA = ProcessVariable.of("responseSla", String.class);
  public static final ProcessVariable<String> RESPONDER_GROUP = ProcessVariable.of("responderGroup", String.class);
  public static final ProcessVariable<String> ESCALATION_GROUP = ProcessVariable.of("escalationGroup", String.class);
  public static final ProcessVariable<Long> COMPENSATION_AUTHORITY = CaseVariables.COMPENSATION_AUTHORITY;
  public static final ProcessVariable<Boolean> HOME_VISIT_REQUIRED = ProcessVariable.of("homeVisitRequired", Boolean.class);
  /** Who is told of the alert: group ids separated by commas (the notification's recipient). */
  public static final ProcessVariable<String> NOTIFIED_GROUPS = ProcessVariable.of("notifiedGroups", String.class);
  /** Candidate groups of the first contact, separated by commas (grade A: advisor and manager). */
  public static final ProcessVariable<String> FIRST_CONTACT_GROUPS = ProcessVariable.of("firstContactGroups", String.class);
  /** Tasklist's priority of every task of the case (higher first): the grade's, from the table. */
  public static final ProcessVariable<Integer> TASK_PRIORITY = CaseVariables.TASK_PRIORITY;
  /** SOP windows of steps 3, 4 (with the approval) and 5: ISO-8601 durations after answeredAt. */
  public static final ProcessVariable<String> INVESTIGATE_WITHIN = ProcessVariable.of("investigateWithin", String.class);
  public static final ProcessVariable<String> DESIGN_WITHIN = ProcessVariable.of("designWithin", String.class);
  public static final ProcessVariable<String> FOLLOW_UP_WITHIN = ProcessVariable.of("followUpWithin", String.class);
  /** answeredAt + responseSla: when the first contact is due. */
  public static final ProcessVariable<Date> RESPONSE_DEADLINE = ProcessVariable.of("responseDeadline", Date.class);

  // what the staff record in the forms that the monthly report counts
  public static final ProcessVariable<String> ROOT_CAUSE_CATEGORY = ProcessVariable.of("rootCauseCategory", String.class);
  /** The designed solution's three values added up (an output of the approval step), cents kept. */
  public static final ProcessVariable<BigDecimal> TOTAL_COMPENSATION = ProcessVariable.of("totalCompensation", BigDecimal.class);
  public static final ProcessVariable<Boolean> HOME_VISIT_DONE = ProcessVariable.of("homeVisitDone", Boolean.class);

  // the approval of a plan above the responder's authority (form "approve compensation")
  public static final ProcessVariable<ApprovalDecision> APPROVAL_DECISION = CaseVariables.APPROVAL_DECISION;
  /** The approver's reason for sending the plan back; the designer reads it on the next plan. */
  public static final ProcessVariable<String> APPROVAL_COMMENT = CaseVariables.APPROVAL_COMMENT;

  // the passive follow-up's result (form "follow up passive customer")
  public static final ProcessVariable<PassiveFollowUpOutcome> FOLLOW_UP_OUTCOME = ProcessVariable.of("followUpOutcome", PassiveFollowUpOutcome.class);
  /** What the customer said and what was agreed, in the advisor's words. */
  public static final ProcessVariable<String> FOLLOW_UP_RESULT = ProcessVariable.of("followUpResult", String.class);

  // the re-rating (message ReRatingReceived) and the outcome (DMN table rescueOutcome)
  /**
   * The gate of the re-rating: EXPECTED from the intake; EARLY when the re-rating came before the
   * follow-up was done; then WAITING (the rescue waits for one, or decides without) or TAKEN_EARLY
   * (the kept one decided the outcome). See {@link OutsideEventGate}.
   */
  public static final ProcessVariable<OutsideEventGate.State> RE_RATING = ProcessVariable.of("reRating", OutsideEventGate.State.class);
  public static final ProcessVariable<Integer> RE_RATING_SCORE = ProcessVariable.of("reRatingScore", Integer.class);
  public static final ProcessVariable<Date> RE_RATED_AT = ProcessVariable.of("reRatedAt", Date.class);
  public static final ProcessVariable<RescueOutcome> OUTCOME = ProcessVariable.of("outcome", RescueOutcome.class);
  /** Set by "Review and improve": the case is proposed for the monthly joint case review. */
  public static final ProcessVariable<Boolean> NOMINATED_FOR_JOINT_REVIEW =
      ProcessVariable.of("nominatedForJointReview", Boolean.class);

  // step 6's improvement actions (ADR 0053): the form's three slots are common/ImprovementActionVariables'
  /** Set on *Review and improve* of the versions that track its actions: the form offers them only then. */
  public static final ProcessVariable<Boolean> IMPROVEMENT_ACTIONS_OFFERED = ProcessVariable.of("improvementActionsOffered", Boolean.class);
  /** Ticked on *Review and improve* to commit an improvement action: shows the first slot. */
  public static final ProcessVariable<Boolean> ADD_ACTION_1 = ImprovementActionVariables.ADD_ACTION_1;
  /** The checked actions of step 6, each started as an improvement action of its own. */
  public static final ProcessVariable<List<Map<String, Object>>> ACTIONS = ImprovementActionVariables.ACTIONS;
  public static final ProcessVariable<Map<String, Object>> ACTION = ImprovementActionVariables.ACTION;

  // what staff fill in on the forms (field keys), and what the forms show in words
  public static final ProcessVariable<String> RESPONSIBILITY = ProcessVariable.of("responsibility", String.class);
  public static final ProcessVariable<String> PROBLEM_FIX_ITEMS = ProcessVariable.of("problemFixItems", String.class);
  public static final ProcessVariable<BigDecimal> PROBLEM_FIX_VALUE = ProcessVariable.of("problemFixValue", BigDecimal.class);
  public static final ProcessVariable<String> LOSS_COMPENSATION_ITEMS = ProcessVariable.of("lossCompensationItems", String.class);
  public static final ProcessVariable<BigDecimal> LOSS_COMPENSATION_VALUE = ProcessVariable.of("lossCompensationValue", BigDecimal.class);
  public static final ProcessVariable<String> EMOTIONAL_REPAIR_ITEMS = ProcessVariable.of("emotionalRepairItems", String.class);
  public static final ProcessVariable<BigDecimal> EMOTIONAL_REPAIR_VALUE = ProcessVariable.of("emotionalRepairValue", BigDecimal.class);
  public static final ProcessVariable<String> PROMISE = ProcessVariable.of("promise", String.class);
  public static final ProcessVariable<String> PROMISED_CALLBACK_AT_IN_WORDS = ProcessVariable.of("promisedCallbackAtInWords", String.class);
  public static final ProcessVariable<Boolean> CALLED_BACK_AT_PROMISED_TIME = ProcessVariable.of("calledBackAtPromisedTime", Boolean.class);
  /** Required on Execute and follow up when the call-back was not at the promised time (SPEC 1.3 step 5). */
  public static final ProcessVariable<String> CALLBACK_MISSED_REASON = ProcessVariable.of("callbackMissedReason", String.class);
  public static final ProcessVariable<Boolean> FIX_STARTED = ProcessVariable.of("fixStarted", Boolean.class);
  /** Required on Execute and follow up when the fix did not start within 24 h. */
  public static final ProcessVariable<String> FIX_NOT_STARTED_REASON = ProcessVariable.of("fixNotStartedReason", String.class);
  /** Required on Execute and follow up when the grade expects a home visit and none was done. */
  public static final ProcessVariable<String> NO_HOME_VISIT_REASON = ProcessVariable.of("noHomeVisitReason", String.class);
  public static final ProcessVariable<String> PROGRESS_UPDATES = ProcessVariable.of("progressUpdates", String.class);
  public static final ProcessVariable<String> CUSTOMER_RESPONSE = ProcessVariable.of("customerResponse", String.class);
  public static final ProcessVariable<Boolean> LEAP_LISTENED = ProcessVariable.of("leapListened", Boolean.class);
  public static final ProcessVariable<Boolean> LEAP_EMPATHIZED = ProcessVariable.of("leapEmpathized", Boolean.class);
  public static final ProcessVariable<Boolean> LEAP_ACKNOWLEDGED = ProcessVariable.of("leapAcknowledged", Boolean.class);
  public static final ProcessVariable<Boolean> LEAP_PROMISED = ProcessVariable.of("leapPromised", Boolean.class);
  public static final ProcessVariable<String> PAIN_POINTS = ProcessVariable.of("painPoints", String.class);
  /** The form's date-time field, as text. */
  public static final ProcessVariable<String> PROMISED_CALLBACK_AT = ProcessVariable.of("promisedCallbackAt", String.class);
  public static final ProcessVariable<String> ESCALATION_ACTION = ProcessVariable.of("escalationAction", String.class);
  public static final ProcessVariable<String> FACTS = ProcessVariable.of("facts", String.class);
  public static final ProcessVariable<String> SHORT_TERM_REMEDY = ProcessVariable.of("shortTermRemedy", String.class);
  public static final ProcessVariable<String> LONG_TERM_FIX = ProcessVariable.of("longTermFix", String.class);
  public static final ProcessVariable<String> SYSTEM_CHANGE = ProcessVariable.of("systemChange", String.class);
  public static final ProcessVariable<String> OUTCOME_IN_WORDS = ProcessVariable.of("outcomeInWords", String.class);
  public static final ProcessVariable<String> WHAT_HAPPENED = ProcessVariable.of("whatHappened", String.class);
  public static final ProcessVariable<String> DONE_RIGHT = ProcessVariable.of("doneRight", String.class);
  public static final ProcessVariable<String> DONE_WRONG = ProcessVariable.of("doneWrong", String.class);
  public static final ProcessVariable<String> DO_AGAIN = ProcessVariable.of("doAgain", String.class);
  public static final ProcessVariable<String> SYSTEM_IMPROVEMENT = ProcessVariable.of("systemImprovement", String.class);
  public static final ProcessVariable<String> GAP_TO_PROMOTER = ProcessVariable.of("gapToPromoter", String.class);
  public static final ProcessVariable<String> EXTRA_MILE_ACTION = ProcessVariable.of("extraMileAction", String.class);

  private RescueVariables() {}
}
