package com.aftersales.bpm.rescue;

import java.time.Instant;

/** What the intake did with a survey answer; returned again, unchanged, for a repeated survey. */
public record IntakeResult(
    String surveyId,
    Action action,
    String processInstanceId,
    String alertLevel,
    String grade,
    String responderGroup,
    Instant responseDeadline) {

  public enum Action { RESCUE_STARTED, PASSIVE_FOLLOW_UP_STARTED, RECORDED_ONLY }
}
