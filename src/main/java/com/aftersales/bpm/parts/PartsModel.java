package com.aftersales.bpm.parts;

/** What Java names in the parts-shortage model: its process key and its messages. */
public final class PartsModel {

  public static final String PROCESS = "partsShortageEscalation";
  public static final String RISK_DECISION = "partsRiskLevel";
  public static final String PART_ARRIVED_MESSAGE = "PartArrived";
  public static final String CUSTOMER_CONTACT_MESSAGE = "PartsCustomerContact";
  public static final String SURVEY_ANSWERED_MESSAGE = "PostRepairSurveyAnswered";

  private PartsModel() {}
}
