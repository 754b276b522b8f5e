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
  public static final String INVESTIGATE_TASK = "Task_Investigate";
  public static final String DESIGN_SOLUTION_TASK = "Task_DesignSolution";
  public static final String APPROVE_COMPENSATION_TASK = "Task_ApproveCompensation";
  public static final String EXECUTE_AND_FOLLOW_UP_TASK = "Task_ExecuteAndFollowUp";
  public static final String REVIEW_AND_IMPROVE_TASK = "Task_ReviewAndImprove";
  /** The grade's deadline for the first contact; when it fires, the escalation group is told. */
  public static final String RESPONSE_SLA_TIMER = "Timer_ResponseSla";
  /** The wait for the customer's re-rating after the follow-up. */
  public static final String RE_RATING_WAIT_TIMER = "Timer_ReRatingWait";
  /** When the 72-hour review of the case is due. */
  public static final String REVIEW_DUE_TIMER = "Timer_ReviewDue";

  private RescueModel() {}
}
