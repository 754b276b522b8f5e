package com.aftersales.bpm.promise;

/** What Java names in the customer promise checklist's model: its process key and its message. */
public final class PromiseModel {

  public static final String PROCESS = "customerPromiseChecklist";
  /**
   * The customer confirmed the checklist: caught by every pre-approval still open, whose promise was
   * then made before it was approved (ADR 0039).
   */
  public static final String CUSTOMER_CONFIRMED_MESSAGE = "CustomerConfirmed";

  private PromiseModel() {}
}
