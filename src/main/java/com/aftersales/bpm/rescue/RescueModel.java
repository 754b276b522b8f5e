package com.aftersales.bpm.rescue;

/** What Java names in the rescue's models: process and decision keys, the message and task ids. */
public final class RescueModel {

  public static final String RESCUE_PROCESS = "lowScoreRescue";
  public static final String PASSIVE_FOLLOW_UP_PROCESS = "passiveFollowUp";
  public static final String GRADING_DECISION = "npsAlertGrade";
  public static final String RE_RATING_MESSAGE = "ReRatingReceived";
  /** Step 2, whose completion is the first contact. */
  public static final String FIRST_CONTACT_TASK = "Task_FirstContact";
  /** The escalation group's task when the response SLA was missed. */
  public static final String MISSED_RESPONSE_TASK = "Task_HandleMissedResponse";

  private RescueModel() {}
}
