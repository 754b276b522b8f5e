package com.aftersales.bpm.rescue;

import com.aftersales.bpm.common.ApprovalDecision;
import com.aftersales.bpm.common.OutsideEventGate;
import com.aftersales.bpm.common.ProcessVariable;
import java.util.Date;

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
  public static final ProcessVariable<String> CUSTOMER_ID = ProcessVariable.of("customerId", String.class);
  public static final ProcessVariable<String> CUSTOMER_NAME = ProcessVariable.of("customerName", String.class);
  public static final ProcessVariable<String> CUSTOMER_PHONE = ProcessVariable.of("customerPhone", String.class);
  public static final ProcessVariable<Boolean> HIGH_VALUE = ProcessVariable.of("highValue", Boolean.class);
  public static final ProcessVariable<String> VEHICLE_MODEL = ProcessVariable.of("vehicleModel", String.class);
  public static final ProcessVariable<String> VEHICLE_PLATE = ProcessVariable.of("vehiclePlate", String.class);
  /** The parts-shortage order the surveyed repair belonged to, when there was one. */
  public static final ProcessVariable<String> PARTS_SHORTAGE_INSTANCE_ID = ProcessVariable.of("partsShortageInstanceId", String.class);
  public static final ProcessVariable<Boolean> PUBLIC_OPINION_RISK = ProcessVariable.of("publicOpinionRisk", Boolean.class);

  // outputs of the DMN table npsAlertGrade (step 1)
  public static final ProcessVariable<String> ALERT_LEVEL = ProcessVariable.of("alertLevel", String.class);
  public static final ProcessVariable<String> FOLLOW_UP = ProcessVariable.of("followUp", String.class);
  public static final ProcessVariable<String> GRADE = ProcessVariable.of("grade", String.class);
  public static final ProcessVariable<String> RESPONSE_SLA = ProcessVariable.of("responseSla", String.class);
  public static final ProcessVariable<String> RESPONDER_GROUP = ProcessVariable.of("responderGroup", String.class);
  public static final ProcessVariable<String> ESCALATION_GROUP = ProcessVariable.of("escalationGroup", String.class);
  public static final ProcessVariable<Integer> COMPENSATION_AUTHORITY = ProcessVariable.of("compensationAuthority", Integer.class);
  public static final ProcessVariable<Boolean> HOME_VISIT_REQUIRED = ProcessVariable.of("homeVisitRequired", Boolean.class);
  /** Who is told of the alert: group ids separated by commas (the notification's recipient). */
  public static final ProcessVariable<String> NOTIFIED_GROUPS = ProcessVariable.of("notifiedGroups", String.class);
  /** Candidate groups of the first contact, separated by commas (grade A: advisor and manager). */
  public static final ProcessVariable<String> FIRST_CONTACT_GROUPS = ProcessVariable.of("firstContactGroups", String.class);
  /** Tasklist's priority of every task of the case (higher first): the grade's, from the table. */
  public static final ProcessVariable<Integer> TASK_PRIORITY = ProcessVariable.of("taskPriority", Integer.class);
  /** SOP windows of steps 3, 4 (with the approval) and 5: ISO-8601 durations after answeredAt. */
  public static final ProcessVariable<String> INVESTIGATE_WITHIN = ProcessVariable.of("investigateWithin", String.class);
  public static final ProcessVariable<String> DESIGN_WITHIN = ProcessVariable.of("designWithin", String.class);
  public static final ProcessVariable<String> FOLLOW_UP_WITHIN = ProcessVariable.of("followUpWithin", String.class);
  /** answeredAt + responseSla: when the first contact is due. */
  public static final ProcessVariable<Date> RESPONSE_DEADLINE = ProcessVariable.of("responseDeadline", Date.class);

  // what the staff record in the forms that the monthly report counts
  public static final ProcessVariable<String> ROOT_CAUSE_CATEGORY = ProcessVariable.of("rootCauseCategory", String.class);
  /** The designed solution's three values added up (an output of the approval step). */
  public static final ProcessVariable<Long> TOTAL_COMPENSATION = ProcessVariable.of("totalCompensation", Long.class);
  public static final ProcessVariable<Boolean> HOME_VISIT_DONE = ProcessVariable.of("homeVisitDone", Boolean.class);

  // the approval of a plan above the responder's authority (form "approve compensation")
  public static final ProcessVariable<ApprovalDecision> APPROVAL_DECISION = ProcessVariable.of("approvalDecision", ApprovalDecision.class);
  /** The approver's reason for sending the plan back; the designer reads it on the next plan. */
  public static final ProcessVariable<String> APPROVAL_COMMENT = ProcessVariable.of("approvalComment", String.class);

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
  public static final ProcessVariable<String> OUTCOME = ProcessVariable.of("outcome", String.class);
  /** Set by "Review and improve": the case is proposed for the monthly joint case review. */
  public static final ProcessVariable<Boolean> NOMINATED_FOR_JOINT_REVIEW =
      ProcessVariable.of("nominatedForJointReview", Boolean.class);

  public static final String RESCUE_PROCESS = "lowScoreRescue";
  public static final String PASSIVE_FOLLOW_UP_PROCESS = "passiveFollowUp";
  public static final String GRADING_DECISION = "npsAlertGrade";
  public static final String RE_RATING_MESSAGE = "ReRatingReceived";
  /** Step 2, whose completion is the first contact. */
  public static final String FIRST_CONTACT_TASK = "Task_FirstContact";
  /** The escalation group's task when the response SLA was missed. */
  public static final String MISSED_RESPONSE_TASK = "Task_HandleMissedResponse";

  private RescueVariables() {}
}
