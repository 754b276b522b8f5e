package com.aftersales.bpm.report;

import com.aftersales.bpm.rescue.RescueOutcome;
import com.aftersales.bpm.rescue.RootCause;
import java.time.Duration;
import java.time.Instant;

/**
 * One rescue as the report counts it: a row of the CSV export ({@link RescueCasesCsv}). {@code slaBreached} and
 * {@code slaBreaches} count the case's missed SLA deadlines (timer fired, or step done after it);
 * {@code responseDue} is the first contact's deadline; {@code escalated} says whether the missed
 * first contact was escalated (the escalation group's task was opened).
 */
public record RescueCase(
    String processInstanceId,
    String surveyId,
    Instant answeredAt,
    String grade,
    String customer,
    Instant responseDue,
    Instant firstContactAt,
    String outcome,
    String rootCause,
    Long totalCompensation,
    Long compensationAuthority,
    boolean homeVisit,
    boolean slaBreached,
    int slaBreaches,
    boolean escalated,
    boolean ended) {

  Double hoursToFirstContact() {
    if (firstContactAt == null || answeredAt == null) {
      return null;
    }
    return Duration.between(answeredAt, firstContactAt).toMinutes() / 60.0;
  }

  /**
   * The first contact came after its deadline, or has not come and the deadline has passed: judged
   * by the times, whether or not the response SLA's timer fired.
   */
  boolean firstContactLate(Instant now) {
    if (responseDue == null) {
      return false;
    }
    return firstContactAt != null ? firstContactAt.isAfter(responseDue) : now.isAfter(responseDue);
  }

  boolean success() {
    return RescueOutcome.isSuccess(outcome);
  }

  /** A sales promise not kept: the joint KPI of sales and after-sales that both monthly reports count. */
  boolean salesPromise() {
    return RootCause.SALES_PROMISE.is(rootCause);
  }

  boolean aboveStandardAuthority() {
    return totalCompensation != null && compensationAuthority != null && totalCompensation > compensationAuthority;
  }
}
