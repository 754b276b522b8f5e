package com.aftersales.bpm.redalert;

import com.aftersales.bpm.common.ApprovalDecision;
import com.aftersales.bpm.common.CaseVariables;
import com.aftersales.bpm.common.CustomerVariables;
import com.aftersales.bpm.common.ProcessVariable;
import com.aftersales.bpm.parts.PartsVariables;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Variables of the red alert (process redAlert) that Java reads or writes. */
public final class RedAlertVariables {

  // from the alert
  public static final ProcessVariable<String> ALERT_ID = ProcessVariable.of("alertId", String.class);
  public static final ProcessVariable<AlertKind> ALERT_KIND = ProcessVariable.of("alertKind", AlertKind.class);
  public static final ProcessVariable<Date> DISCOVERED_AT = ProcessVariable.of("discoveredAt", Date.class);
  public static final ProcessVariable<String> ALERT_DESCRIPTION = ProcessVariable.of("alertDescription", String.class);
  public static final ProcessVariable<String> PART_NUMBER = PartsVariables.PART_NUMBER;
  /** Each order of the alert with its facts and the proposal of deliveryOptions (a JSON array). */
  public static final ProcessVariable<Object> ORDERS = ProcessVariable.of("orders", Object.class);
  /** The order ids, the collection of the per-order conversation. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final ProcessVariable<List<String>> ORDER_IDS = ProcessVariable.of("orderIds", (Class) List.class);
  public static final ProcessVariable<Integer> ORDER_COUNT = ProcessVariable.of("orderCount", Integer.class);
  /** Media are involved: marketing joins the joint decision, and compensation carries public-opinion risk. */
  public static final ProcessVariable<Boolean> MEDIA_INVOLVED = ProcessVariable.of("mediaInvolved", Boolean.class);

  // the joint decision: the order ids of each tier (checklists), their labels, and the record of it
  public static final ProcessVariable<Object> ORDER_LABELS = ProcessVariable.of("orderLabels", Object.class);
  public static final ProcessVariable<Object> DELIVER_ORDERS = ProcessVariable.of("deliverOrders", Object.class);
  public static final ProcessVariable<Object> CHOICE_ORDERS = ProcessVariable.of("choiceOrders", Object.class);
  public static final ProcessVariable<Object> DELAY_ORDERS = ProcessVariable.of("delayOrders", Object.class);
  /** The alert kind's windows from DMN redAlertWindows: ISO-8601 duration after discovery, timer cycle. */
  public static final ProcessVariable<String> DECISION_WINDOW = ProcessVariable.of("decisionWindow", String.class);
  /** The alert's channel by its kind (redAlertWindows): URGENT for 30 minutes to decide, ALERT for a supply plan. */
  public static final ProcessVariable<String> ALERT_CHANNEL = CaseVariables.ALERT_CHANNEL;
  public static final ProcessVariable<String> PROGRESS_UPDATE_CYCLE = ProcessVariable.of("progressUpdateCycle", String.class);
  public static final ProcessVariable<String> PROGRESS_UPDATE_WITHIN = ProcessVariable.of("progressUpdateWithin", String.class);
  public static final ProcessVariable<String> REVIEW_WITHIN = ProcessVariable.of("reviewWithin", String.class);
  /** The latest replacement date after today (redAlertWindows, SPEC 5: "wait 3 days"), checked on Arrange the wait. */
  public static final ProcessVariable<String> REPLACEMENT_WITHIN = ProcessVariable.of("replacementWithin", String.class);
  /** discoveredAt + decisionWindow: the parties' tasks are due then and the managers take over. */
  public static final ProcessVariable<Date> DECISION_DUE = ProcessVariable.of("decisionDue", Date.class);
  public static final ProcessVariable<Date> DECIDED_AT = ProcessVariable.of("decidedAt", Date.class);
  public static final ProcessVariable<Boolean> DECIDED_IN_WINDOW = ProcessVariable.of("decidedInWindow", Boolean.class);
  public static final ProcessVariable<DecidedBy> DECIDED_BY = ProcessVariable.of("decidedBy", DecidedBy.class);
  public static final ProcessVariable<Long> DECISION_MINUTES = ProcessVariable.of("decisionMinutes", Long.class);

  // one order (local to its conversation), from the alert and from deliveryOptions
  public static final ProcessVariable<String> ORDER_ID = CustomerVariables.ORDER_ID;
  public static final ProcessVariable<String> CUSTOMER_ID = CustomerVariables.CUSTOMER_ID;
  public static final ProcessVariable<String> CUSTOMER_NAME = CustomerVariables.CUSTOMER_NAME;
  public static final ProcessVariable<String> CUSTOMER_PHONE = CustomerVariables.CUSTOMER_PHONE;
  public static final ProcessVariable<Boolean> HIGH_VALUE = CustomerVariables.HIGH_VALUE;
  /** In each order's facts: the CRM's lifetime value and success manager of its customer (ADR 31). */
  public static final ProcessVariable<BigDecimal> LIFETIME_VALUE = CustomerVariables.LIFETIME_VALUE;
  public static final ProcessVariable<String> SUCCESS_MANAGER = CustomerVariables.SUCCESS_MANAGER;
  /**
   * One notice per success manager whose customers' orders the alert touches: {@code recipient} (the
   * manager, or the group) and {@code customers} (their orders and tiers, in words); the element of
   * Task_NotifyCustomerSuccess's loop is {@link #SUCCESS_MANAGER_NOTICE}.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final ProcessVariable<List<Map<String, String>>> SUCCESS_MANAGER_NOTICES =
      ProcessVariable.of("successManagerNotices", (Class) List.class);
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final ProcessVariable<Map<String, String>> SUCCESS_MANAGER_NOTICE =
      ProcessVariable.of("successManagerNotice", (Class) Map.class);
  public static final ProcessVariable<String> VEHICLE_VIN = ProcessVariable.of("vehicleVin", String.class);
  public static final ProcessVariable<String> VEHICLE_MODEL = CustomerVariables.VEHICLE_MODEL;
  public static final ProcessVariable<Date> DELIVERY_AT = ProcessVariable.of("deliveryAt", Date.class);
  public static final ProcessVariable<Severity> SEVERITY = ProcessVariable.of("severity", Severity.class);
  public static final ProcessVariable<String> RISK_LEVEL = PartsVariables.RISK_LEVEL;
  /** The tier the joint decision gave an order: the deliveryOptions table's input (none: propose one). */
  public static final ProcessVariable<DeliveryTier> DECIDED_TIER = ProcessVariable.of("decidedTier", DeliveryTier.class);
  public static final ProcessVariable<DeliveryTier> TIER = ProcessVariable.of("tier", DeliveryTier.class);
  /** The customer's options, comma-separated codes of {@link CustomerChoice} (from deliveryOptions). */
  public static final ProcessVariable<String> OFFERED_OPTIONS = ProcessVariable.of("offeredOptions", String.class);
  public static final ProcessVariable<Boolean> LOANER = ProcessVariable.of("loaner", Boolean.class);
  public static final ProcessVariable<Boolean> PERSONAL_CALL = ProcessVariable.of("personalCall", Boolean.class);
  public static final ProcessVariable<Long> COMPENSATION_AUTHORITY = CaseVariables.COMPENSATION_AUTHORITY;
  public static final ProcessVariable<Long> SUGGESTED_COMPENSATION = ProcessVariable.of("suggestedCompensation", Long.class);
  public static final ProcessVariable<Long> LOANER_DAILY_COST = ProcessVariable.of("loanerDailyCost", Long.class);
  /** The fewest loaner days for a customer who waits, unless they decline the loaner (deliveryOptions; ADR 55). */
  public static final ProcessVariable<Long> MIN_LOANER_DAYS = ProcessVariable.of("minLoanerDays", Long.class);

  // the conversation and its path
  public static final ProcessVariable<CustomerChoice> CUSTOMER_CHOICE = ProcessVariable.of("customerChoice", CustomerChoice.class);
  public static final ProcessVariable<Long> COMPENSATION_VALUE = ProcessVariable.of("compensationValue", Long.class);
  public static final ProcessVariable<String> APPROVAL_LEVEL = CaseVariables.APPROVAL_LEVEL;
  public static final ProcessVariable<String> APPROVER_GROUP = CaseVariables.APPROVER_GROUP;
  public static final ProcessVariable<ApprovalDecision> APPROVAL_DECISION = CaseVariables.APPROVAL_DECISION;
  public static final ProcessVariable<String> APPROVAL_COMMENT = CaseVariables.APPROVAL_COMMENT;
  /** The replacement's date as the form's date field sends it: yyyy-MM-dd. */
  public static final ProcessVariable<String> REPLACEMENT_DATE = ProcessVariable.of("replacementDate", String.class);
  public static final ProcessVariable<Long> LOANER_DAYS = ProcessVariable.of("loanerDays", Long.class);
  /** The waiting customer declined the loaner the table gives them, and why (ADR 55). */
  public static final ProcessVariable<Boolean> LOANER_DECLINED = ProcessVariable.of("loanerDeclined", Boolean.class);
  public static final ProcessVariable<String> LOANER_DECLINED_REASON = ProcessVariable.of("loanerDeclinedReason", String.class);
  // what staff write on the order's forms
  public static final ProcessVariable<String> CONVERSATION_NOTE = ProcessVariable.of("conversationNote", String.class);
  public static final ProcessVariable<Boolean> DIRECTOR_CALLED = ProcessVariable.of("directorCalled", Boolean.class);
  public static final ProcessVariable<String> DELIVERY_NOTE = ProcessVariable.of("deliveryNote", String.class);
  public static final ProcessVariable<String> PROGRESS_NOTE = ProcessVariable.of("progressNote", String.class);
  public static final ProcessVariable<String> REFUND_REFERENCE = ProcessVariable.of("refundReference", String.class);
  /** The store manager was told the planned delivery passed without a conversation: once per order, not per offer. */
  public static final ProcessVariable<Boolean> CONVERSATION_OVERDUE_ALERTED =
      ProcessVariable.of("conversationOverdueAlerted", Boolean.class);

  // the plan's counts, set when every order is settled (the report's red_alert row)
  public static final ProcessVariable<Long> DELIVERED_AS_PLANNED = ProcessVariable.of("deliveredAsPlanned", Long.class);
  public static final ProcessVariable<Long> CUSTOMERS_ACCEPTED = ProcessVariable.of("customersAccepted", Long.class);
  public static final ProcessVariable<Long> CUSTOMERS_WAITING = ProcessVariable.of("customersWaiting", Long.class);
  public static final ProcessVariable<Long> CUSTOMERS_CANCELLED = ProcessVariable.of("customersCancelled", Long.class);

  // the three-party review
  public static final ProcessVariable<Long> PLAN_COST = ProcessVariable.of("planCost", Long.class);
  public static final ProcessVariable<String> PLAN_SUMMARY = ProcessVariable.of("planSummary", String.class);
  public static final ProcessVariable<Long> OVERTIME_COST = ProcessVariable.of("overtimeCost", Long.class);
  public static final ProcessVariable<Long> ALTERNATIVE_COST = ProcessVariable.of("alternativeCost", Long.class);
  public static final ProcessVariable<String> WHAT_WOULD_WE_DO_DIFFERENTLY = ProcessVariable.of("whatWouldWeDoDifferently", String.class);
  public static final ProcessVariable<Boolean> NOMINATED_FOR_REVIEW = ProcessVariable.of("nominatedForReview", Boolean.class);
  public static final ProcessVariable<String> DECISION_NOTE = ProcessVariable.of("decisionNote", String.class);
  /** The parties who took part in the review, as the form's checklist sends them (department codes, a JSON list). */
  public static final ProcessVariable<Object> REVIEW_PARTIES = ProcessVariable.of("reviewParties", Object.class);
  /** The parties expected at the review (three, four with media) who did not take part: codes, comma-separated; empty when all came. */
  public static final ProcessVariable<String> REVIEW_PARTIES_MISSING = ProcessVariable.of("reviewPartiesMissing", String.class);

  /** The variables a conversation keeps as its own, so that parallel orders never share them. */
  public static final List<ProcessVariable<?>> PER_ORDER = List.of(ORDER_ID, CUSTOMER_ID, CUSTOMER_NAME,
      CUSTOMER_PHONE, HIGH_VALUE, VEHICLE_VIN, VEHICLE_MODEL, DELIVERY_AT, SEVERITY, RISK_LEVEL, TIER,
      OFFERED_OPTIONS, LOANER, PERSONAL_CALL, COMPENSATION_AUTHORITY, SUGGESTED_COMPENSATION, LOANER_DAILY_COST,
      MIN_LOANER_DAYS, CUSTOMER_CHOICE, COMPENSATION_VALUE, APPROVAL_LEVEL, APPROVER_GROUP, APPROVAL_DECISION,
      APPROVAL_COMMENT, REPLACEMENT_DATE, LOANER_DAYS, LOANER_DECLINED, LOANER_DECLINED_REASON, CONVERSATION_NOTE,
      DIRECTOR_CALLED, DELIVERY_NOTE, PROGRESS_NOTE, REFUND_REFERENCE, CONVERSATION_OVERDUE_ALERTED);

  // what staff fill in on the forms (field keys), and what the forms show in words
  public static final ProcessVariable<String> DELIVERY_AT_IN_WORDS = ProcessVariable.of("deliveryAtInWords", String.class);
  public static final ProcessVariable<String> REPLACEMENT_DATE_IN_WORDS = ProcessVariable.of("replacementDateInWords", String.class);
  public static final ProcessVariable<String> ALERT_KIND_IN_WORDS = ProcessVariable.of("alertKindInWords", String.class);
  public static final ProcessVariable<String> DISCOVERED_AT_IN_WORDS = ProcessVariable.of("discoveredAtInWords", String.class);
  public static final ProcessVariable<String> DECISION_DUE_IN_WORDS = ProcessVariable.of("decisionDueInWords", String.class);
  public static final ProcessVariable<String> DECIDED_AT_IN_WORDS = ProcessVariable.of("decidedAtInWords", String.class);

  private RedAlertVariables() {}
}
