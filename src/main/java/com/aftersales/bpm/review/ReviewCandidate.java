package com.aftersales.bpm.review;

import java.util.List;

/**
 * A case the chair may pick for the monthly review, from what the processes recorded.
 *
 * @param kind NEGATIVE, POSITIVE or COMPLEX: which of the three review slots it can fill
 * @param departments the Camunda groups of the departments involved
 */
public record ReviewCandidate(String caseId, Kind kind, String process, String businessKey, String customer,
    String gradeOrLevel, String outcome, long days, List<String> departments, boolean nominated) {

  public enum Kind { NEGATIVE, POSITIVE, COMPLEX }

  /** How the case reads in the form's drop-down. */
  public String label() {
    return String.join(" · ", businessKey, customer == null ? "?" : customer,
        gradeOrLevel == null ? "-" : gradeOrLevel, outcome == null ? "-" : outcome, days + " d",
        String.join("+", departments)) + (nominated ? " · nominated / 已提名" : "");
  }
}
