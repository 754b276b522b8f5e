package com.aftersales.bpm.promise;

import com.aftersales.bpm.common.CustomerVariables;
import com.aftersales.bpm.common.ProcessVariable;
import java.util.Date;

/** Variables of the customer promise checklist (process customerPromiseChecklist). */
public final class PromiseVariables {

  // from the checklist
  public static final ProcessVariable<String> CHECKLIST_ID = ProcessVariable.of("checklistId", String.class);
  public static final ProcessVariable<String> CUSTOMER_ID = CustomerVariables.CUSTOMER_ID;
  public static final ProcessVariable<String> ORDER_ID = CustomerVariables.ORDER_ID;
  public static final ProcessVariable<Date> RECORDED_AT = ProcessVariable.of("recordedAt", Date.class);
  /** When the customer confirmed the checklist (SPEC 6: customer and sales confirm). */
  public static final ProcessVariable<Date> CUSTOMER_CONFIRMED_AT = ProcessVariable.of("customerConfirmedAt", Date.class);
  /**
   * What the pre-approval form shows once the customer signed (set with {@link #CUSTOMER_CONFIRMED_AT}):
   * a promise still awaiting then has already been made (ADR 0039). Absent for a draft.
   */
  public static final ProcessVariable<String> CUSTOMER_CONFIRMED_IN_WORDS = ProcessVariable.of("customerConfirmedInWords", String.class);
  /** Who is told the manager's decisions: the sales advisor who posted the checklist, else group sales. */
  public static final ProcessVariable<String> SALES_ADVISOR = ProcessVariable.of("salesAdvisor", String.class);

  // one promise (local to each instance of the multi-instance subprocess)
  /** checklistId#itemNo: the row of customer_promise this instance looks after. */
  public static final ProcessVariable<String> PROMISE_ITEM_ID = ProcessVariable.of("promiseItemId", String.class);
  public static final ProcessVariable<PromiseKind> PROMISE_KIND = ProcessVariable.of("promiseKind", PromiseKind.class);
  public static final ProcessVariable<Double> PROMISE_VALUE = ProcessVariable.of("promiseValue", Double.class);
  /** Output of the DMN table promisePolicy: STANDARD or SPECIAL. */
  public static final ProcessVariable<String> PROMISE_CLASS = ProcessVariable.of("promiseClass", String.class);
  /** Output of promisePolicy for a special promise: the pre-approval is due this ISO-8601 duration after recordedAt. */
  public static final ProcessVariable<String> PRE_APPROVAL_WITHIN = ProcessVariable.of("preApprovalWithin", String.class);
  /** preApprovalWithin after recordedAt, computed once: the task's due date, its SLA timer and the overdue alert. */
  public static final ProcessVariable<Date> PRE_APPROVAL_DUE = ProcessVariable.of("preApprovalDue", Date.class);
  public static final ProcessVariable<PromiseDecision> PROMISE_DECISION = ProcessVariable.of("promiseDecision", PromiseDecision.class);
  public static final ProcessVariable<String> PROMISE_DECISION_REASON = ProcessVariable.of("promiseDecisionReason", String.class);
  /** The promise as the manager changed it (decision CHANGED). */
  public static final ProcessVariable<String> CHANGED_PROMISE = ProcessVariable.of("changedPromise", String.class);

  /** Task input of the rescue's and the parts order's forms: the customer's open promises in words. */
  public static final ProcessVariable<String> CUSTOMER_PROMISES_IN_WORDS = ProcessVariable.of("customerPromisesInWords", String.class);

  // what staff fill in on the forms (field keys), and what the forms show in words
  public static final ProcessVariable<String> PROMISE_IN_WORDS = ProcessVariable.of("promiseInWords", String.class);

  private PromiseVariables() {}
}
