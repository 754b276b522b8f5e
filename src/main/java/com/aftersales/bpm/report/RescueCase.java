package com.aftersales.bpm.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** One rescue as the report counts it: a row of the CSV export ({@link RescueCasesCsv}). */
public record RescueCase(
    String processInstanceId,
    String surveyId,
    Instant answeredAt,
    String grade,
    String customer,
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

  static final Set<String> SUCCESS = Set.of("PROMOTER", "RECOVERED");

  Double hoursToFirstContact() {
    if (firstContactAt == null || answeredAt == null) {
      return null;
    }
    return Duration.between(answeredAt, firstContactAt).toMinutes() / 60.0;
  }

  boolean success() {
    return SUCCESS.contains(outcome);
  }

  boolean aboveStandardAuthority() {
    return totalCompensation != null && compensationAuthority != null && totalCompensation > compensationAuthority;
  }
}
