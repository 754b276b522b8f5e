package com.aftersales.bpm.promise;

/** What Java names in the customer promise checklist's model: its process key, its message and the alert it starts at. */
public final class PromiseModel {

  public static final String PROCESS = "customerPromiseChecklist";
  /**
   * The customer confirmed the checklist and promises made before their approval are left to settle:
   * caught once by the event sub-process "Customer confirmed before approval" (ADR 0039).
   */
  public static final String CUSTOMER_CONFIRMED_MESSAGE = "CustomerConfirmed";
  /** The event sub-process's message start event. */
  public static final String CONFIRMED_BEFORE_APPROVAL_START = "StartEvent_CustomerConfirmed";
  /** Its alert, where a checklist whose process has ended starts an instance of its own. */
  public static final String CONFIRMED_BEFORE_APPROVAL_ALERT = "Task_NotifyConfirmedBeforeApproval";

  private PromiseModel() {}
}
