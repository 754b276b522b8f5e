package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.ApprovalDecision;
import com.aftersales.bpm.common.OutsideEventGate;
import com.aftersales.bpm.common.CaseVariables;
import com.aftersales.bpm.common.CustomerVariables;
import com.aftersales.bpm.common.ProcessVariable;
import java.math.BigDecimal;
import java.util.Date;

/** Variables of the parts-shortage escalation that Java reads or writes. */
public final class PartsVariables {

  // from the shortage report
  public static final ProcessVariable<String> REPAIR_ORDER_ID = ProcessVariable.of("repairOrderId", String.class);
  public static final ProcessVariable<Date> REPORTED_AT = ProcessVariable.of("reportedAt", Date.class);
  public static final ProcessVariable<String> CUSTOMER_ID = CustomerVariables.CUSTOMER_ID;
  public static final ProcessVariable<String> CUSTOMER_NAME = CustomerVariables.CUSTOMER_NAME;
  public static final ProcessVariable<String> CUSTOMER_PHONE = CustomerVariables.CUSTOMER_PHONE;
  public static final ProcessVariable<Boolean> HIGH_VALUE = CustomerVariables.HIGH_VALUE;
  public static final ProcessVariable<Boolean> VIP = ProcessVariable.of("vip", Boolean.class);
  public static final ProcessVariable<String> VEHICLE_MODEL = CustomerVariables.VEHICLE_MODEL;
  public static final ProcessVariable<String> VEHICLE_PLATE = CustomerVariables.VEHICLE_PLATE;
  public static final ProcessVariable<String> PART_NUMBER = ProcessVariable.of("partNumber", String.class);
  public static final ProcessVariable<String> PART_NAME = ProcessVariable.of("partName", String.class);
  public static final ProcessVariable<VehicleCondition> VEHICLE_CONDITION = ProcessVariable.of("vehicleCondition", VehicleCondition.class);
  public static final ProcessVariable<Date> SUPPLIER_ETA = ProcessVariable.of("supplierEta", Date.class);

  /** The table vipCustomer's answer, which partsRiskLevel requires (a marked VIP, a flagship or a high value); not kept. */
  public static final ProcessVariable<Boolean> VIP_CUSTOMER = ProcessVariable.of("vipCustomer", Boolean.class);

  // outputs of the DMN table partsRiskLevel
  public static final ProcessVariable<String> RISK_LEVEL = ProcessVariable.of("riskLevel", String.class);
  public static final ProcessVariable<Boolean> VIP_HANDLING = ProcessVariable.of("vipHandling", Boolean.class);
  public static final ProcessVariable<String> MANAGER_DEADLINE = ProcessVariable.of("managerDeadline", String.class);
  public static final ProcessVariable<String> UPDATE_CADENCE = ProcessVariable.of("updateCadence", String.class);
  public static final ProcessVariable<String> UPDATE_GROUP = ProcessVariable.of("updateGroup", String.class);
  public static final ProcessVariable<String> LOANER_ENTITLEMENT = ProcessVariable.of("loanerEntitlement", String.class);
  /** Tasklist's priority of every task of the order (higher first): the level's, from the table. */
  public static final ProcessVariable<Integer> TASK_PRIORITY = CaseVariables.TASK_PRIORITY;
  /** ISO-8601 duration after reportedAt by which the manager takes over (L1 and VIP), else null. */
  public static final ProcessVariable<String> TAKE_OVER_WITHIN = ProcessVariable.of("takeOverWithin", String.class);
  /** ISO-8601 durations after escalatedAt: the LATTE call; the transfer and upgraded compensation. */
  public static final ProcessVariable<String> CRISIS_CALL_WITHIN = ProcessVariable.of("crisisCallWithin", String.class);
  public static final ProcessVariable<String> CRISIS_ACTION_WITHIN = ProcessVariable.of("crisisActionWithin", String.class);
  /** ISO-8601 duration after the LATTE call: the latest hard deadline the manager may commit to on it. */
  public static final ProcessVariable<String> CRISIS_DEADLINE_WITHIN = ProcessVariable.of("crisisDeadlineWithin", String.class);
  /** ISO-8601 duration after the later of today and the supplier's ETA: the latest day a promise to the customer may name. */
  public static final ProcessVariable<String> PROMISE_WITHIN = ProcessVariable.of("promiseWithin", String.class);
  /** ISO-8601 duration after reportedAt by which the customer's expectation is set (the first conversation). */
  public static final ProcessVariable<String> EXPECTATION_WITHIN = ProcessVariable.of("expectationWithin", String.class);
  /** The group told when the first conversation is late. */
  public static final ProcessVariable<String> EXPECTATION_LATE_TOLD = ProcessVariable.of("expectationLateTold", String.class);

  // the promise (form "set the customer's expectation") and the deadlines derived from it
  /** The promised date as the form's date field sends it: yyyy-MM-dd. */
  public static final ProcessVariable<String> PROMISED_DATE = ProcessVariable.of("promisedDate", String.class);
  /** End of the promised date in the service centre's time zone. */
  public static final ProcessVariable<Date> PROMISED_DEADLINE = ProcessVariable.of("promisedDeadline", Date.class);
  /** reportedAt + twice the promised waiting time: crisis signal 1 of SPEC 2.4. */
  public static final ProcessVariable<Date> TWICE_PROMISED_AT = ProcessVariable.of("twicePromisedAt", Date.class);
  /** Offered only when the car can drive (the form's options, checked again on the server). */
  public static final ProcessVariable<CustomerOption> CUSTOMER_OPTION = ProcessVariable.of("customerOption", CustomerOption.class);
  /** Offered within the loaner entitlement (the form's options, checked again on the server). */
  public static final ProcessVariable<WaitingBenefit> WAITING_BENEFIT = ProcessVariable.of("waitingBenefit", WaitingBenefit.class);

  // the approval of an upgrade above the service manager's authority (form "approve the upgrade")
  public static final ProcessVariable<ApprovalDecision> APPROVAL_DECISION = CaseVariables.APPROVAL_DECISION;
  /** The approver's reason for sending the upgrade back; the manager reads it on the next proposal. */
  public static final ProcessVariable<String> APPROVAL_COMMENT = CaseVariables.APPROVAL_COMMENT;

  // crisis signals (DMN table crisisSignals) and their inputs
  public static final ProcessVariable<Boolean> WAITED_BEYOND_TWICE_PROMISED = ProcessVariable.of("waitedBeyondTwicePromised", Boolean.class);
  public static final ProcessVariable<Integer> CONSECUTIVE_CHASES = ProcessVariable.of("consecutiveChases", Integer.class);
  public static final ProcessVariable<String> LATEST_CONTACT_TEXT = ProcessVariable.of("latestContactText", String.class);
  public static final ProcessVariable<String> LATEST_CONTACT_CHANNEL = ProcessVariable.of("latestContactChannel", String.class);
  public static final ProcessVariable<Date> LATEST_CONTACT_AT = ProcessVariable.of("latestContactAt", Date.class);
  public static final ProcessVariable<Integer> CRISIS_SIGNAL_COUNT = ProcessVariable.of("crisisSignalCount", Integer.class);
  /** The matched signals, comma-separated (e.g. "CHASED_TWICE,DEMANDS_DEADLINE"). */
  public static final ProcessVariable<String> CRISIS_SIGNALS = ProcessVariable.of("crisisSignals", String.class);
  public static final ProcessVariable<Boolean> ESCALATED = ProcessVariable.of("escalated", Boolean.class);
  /** When the crisis escalation started (set by the model); the crisis tasks are due from here. */
  public static final ProcessVariable<Date> ESCALATED_AT = ProcessVariable.of("escalatedAt", Date.class);

  // arrival and the post-repair survey
  /**
   * The gate of the part's arrival: EXPECTED from the report; EARLY when the arrival came before
   * the order waited for it; then WAITING (the order waits) or TAKEN_EARLY (it went straight to
   * the repair). See {@link OutsideEventGate}.
   */
  public static final ProcessVariable<OutsideEventGate.State> PART_ARRIVAL = ProcessVariable.of("partArrival", OutsideEventGate.State.class);
  public static final ProcessVariable<Date> PART_ARRIVED_AT = ProcessVariable.of("partArrivedAt", Date.class);
  /**
   * The gate of the post-repair survey, as {@link #PART_ARRIVAL}'s, opened (EXPECTED) when the
   * repair is done: an answer that comes while the handover is still open is kept, and the order
   * closes at the handover with it; one before the repair is about the visit and is not taken.
   */
  public static final ProcessVariable<OutsideEventGate.State> POST_REPAIR_SURVEY = ProcessVariable.of("postRepairSurvey", OutsideEventGate.State.class);
  public static final ProcessVariable<String> NPS_SURVEY_ID = ProcessVariable.of("npsSurveyId", String.class);
  public static final ProcessVariable<Integer> NPS_SCORE = ProcessVariable.of("npsScore", Integer.class);
  public static final ProcessVariable<String> RESCUE_INSTANCE_ID = ProcessVariable.of("rescueInstanceId", String.class);

  // what staff fill in on the forms (field keys), and what the forms show in words
  public static final ProcessVariable<String> CRISIS_SIGNALS_IN_WORDS = ProcessVariable.of("crisisSignalsInWords", String.class);
  public static final ProcessVariable<String> ANSWER = ProcessVariable.of("answer", String.class);
  public static final ProcessVariable<String> UPGRADE_ITEMS = ProcessVariable.of("upgradeItems", String.class);
  public static final ProcessVariable<BigDecimal> UPGRADE_VALUE = ProcessVariable.of("upgradeValue", BigDecimal.class);
  /** The form's date-time field, as text. */
  public static final ProcessVariable<String> HARD_DEADLINE = ProcessVariable.of("hardDeadline", String.class);
  public static final ProcessVariable<String> DAILY_CALL_NOTE = ProcessVariable.of("dailyCallNote", String.class);
  public static final ProcessVariable<String> CUSTOMER_REACTION = ProcessVariable.of("customerReaction", String.class);
  public static final ProcessVariable<Boolean> CUSTOMER_ASKS_TO_STOP = ProcessVariable.of("customerAsksToStop", Boolean.class);
  /** Why the customer asked us to stop the daily calls: required with customerAsksToStop, told to the store manager. */
  public static final ProcessVariable<String> DAILY_CALLS_STOP_REASON = ProcessVariable.of("dailyCallsStopReason", String.class);
  /** When the next daily call is due: 17:00 on the centre's day after the last call (set by the model, ADR 0054). */
  public static final ProcessVariable<Date> DAILY_CALL_DUE = ProcessVariable.of("dailyCallDue", Date.class);
  public static final ProcessVariable<String> SOURCE_LOCATION = ProcessVariable.of("sourceLocation", String.class);
  /** The form's date-time field, as text. */
  public static final ProcessVariable<String> TRANSFER_ETA = ProcessVariable.of("transferEta", String.class);
  public static final ProcessVariable<BigDecimal> LOGISTICS_COST = ProcessVariable.of("logisticsCost", BigDecimal.class);
  /** The form's date field, as text: yyyy-MM-dd, a later day than today (RecordNewPromiseListener). */
  public static final ProcessVariable<String> NEW_PROMISED_DATE = ProcessVariable.of("newPromisedDate", String.class);
  /** End of the latest new promised date in the centre's time zone: a second broken promise escalates. */
  public static final ProcessVariable<Date> NEW_PROMISED_DEADLINE = ProcessVariable.of("newPromisedDeadline", Date.class);
  /** "Explain the delay" shows the promise it follows: the first promised date, later the last new one. */
  public static final ProcessVariable<String> PROMISE_BROKEN_IN_WORDS = ProcessVariable.of("promiseBrokenInWords", String.class);
  public static final ProcessVariable<String> DELAY_EXPLANATION = ProcessVariable.of("delayExplanation", String.class);
  public static final ProcessVariable<String> DELAY_COMPENSATION = ProcessVariable.of("delayCompensation", String.class);
  public static final ProcessVariable<String> HANDOVER_NOTE = ProcessVariable.of("handoverNote", String.class);
  public static final ProcessVariable<Boolean> HANDWRITTEN_NOTE = ProcessVariable.of("handwrittenNote", Boolean.class);
  public static final ProcessVariable<Boolean> PICKUP_DROPOFF = ProcessVariable.of("pickupDropoff", Boolean.class);
  public static final ProcessVariable<Boolean> LATTE_LISTEN = ProcessVariable.of("latteListen", Boolean.class);
  public static final ProcessVariable<Boolean> LATTE_ACKNOWLEDGE = ProcessVariable.of("latteAcknowledge", Boolean.class);
  public static final ProcessVariable<Boolean> LATTE_TAKE_ACTION = ProcessVariable.of("latteTakeAction", Boolean.class);
  public static final ProcessVariable<Boolean> LATTE_THANK = ProcessVariable.of("latteThank", Boolean.class);
  public static final ProcessVariable<Boolean> LATTE_EXPLAIN = ProcessVariable.of("latteExplain", Boolean.class);
  public static final ProcessVariable<String> CALL_NOTE = ProcessVariable.of("callNote", String.class);
  public static final ProcessVariable<String> REVIEW_NOTE = ProcessVariable.of("reviewNote", String.class);
  public static final ProcessVariable<Boolean> PRIORITY_CONFIRMED = ProcessVariable.of("priorityConfirmed", Boolean.class);
  public static final ProcessVariable<Boolean> APOLOGY_CALL_DONE = ProcessVariable.of("apologyCallDone", Boolean.class);
  public static final ProcessVariable<String> MOBILITY_ARRANGED = ProcessVariable.of("mobilityArranged", String.class);
  public static final ProcessVariable<String> TAKE_OVER_NOTE = ProcessVariable.of("takeOverNote", String.class);
  public static final ProcessVariable<String> UPDATE_CADENCE_IN_WORDS = ProcessVariable.of("updateCadenceInWords", String.class);
  public static final ProcessVariable<String> WHAT_WAS_SAID = ProcessVariable.of("whatWasSaid", String.class);
  public static final ProcessVariable<String> NEXT_ANSWER_BY = ProcessVariable.of("nextAnswerBy", String.class);
  public static final ProcessVariable<String> PART_ARRIVED_AT_IN_WORDS = ProcessVariable.of("partArrivedAtInWords", String.class);
  public static final ProcessVariable<Boolean> REPAIR_DONE = ProcessVariable.of("repairDone", Boolean.class);
  public static final ProcessVariable<String> REPAIR_NOTE = ProcessVariable.of("repairNote", String.class);
  public static final ProcessVariable<String> SUPPLIER_ETA_IN_WORDS = ProcessVariable.of("supplierEtaInWords", String.class);
  /** The form's date-time field, as text. */
  public static final ProcessVariable<String> WORST_CASE_DATE = ProcessVariable.of("worstCaseDate", String.class);
  public static final ProcessVariable<Boolean> COMMITMENTS_EXPLAINED = ProcessVariable.of("commitmentsExplained", Boolean.class);

  private PartsVariables() {}
}
