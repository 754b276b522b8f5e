package com.aftersales.bpm.parts;

/** What Java names in the parts-shortage model: its process key, its messages and its repair task. */
public final class PartsModel {

  public static final String PROCESS = "partsShortageEscalation";
  public static final String RISK_DECISION = "partsRiskLevel";
  public static final String PART_ARRIVED_MESSAGE = "PartArrived";
  public static final String CUSTOMER_CONTACT_MESSAGE = "PartsCustomerContact";
  /** A contact once the part is here (repair, handover, survey): answered, not checked for crisis signals. */
  public static final String CONTACT_AFTER_ARRIVAL_MESSAGE = "PartsCustomerContactAfterArrival";
  public static final String SURVEY_ANSWERED_MESSAGE = "PostRepairSurveyAnswered";
  /** The same-day repair once the part is here: what the workshop has to do now (the capability report). */
  public static final String REPAIR_TASK = "Task_Repair";

  private PartsModel() {}
}
