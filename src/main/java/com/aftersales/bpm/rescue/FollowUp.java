package com.aftersales.bpm.rescue;

/** The npsAlertGrade table's "follow-up" output: which process, if any, a score starts. */
public enum FollowUp {
  RESCUE(RescueModel.RESCUE_PROCESS, IntakeResult.Action.RESCUE_STARTED),
  PASSIVE_FOLLOW_UP(RescueModel.PASSIVE_FOLLOW_UP_PROCESS, IntakeResult.Action.PASSIVE_FOLLOW_UP_STARTED),
  RECORD_ONLY(null, IntakeResult.Action.RECORDED_ONLY);

  private final String processKey;
  private final IntakeResult.Action action;

  FollowUp(String processKey, IntakeResult.Action action) {
    this.processKey = processKey;
    this.action = action;
  }

  public String processKey() {
    return processKey;
  }

  public IntakeResult.Action action() {
    return action;
  }
}
