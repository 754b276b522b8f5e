package com.aftersales.bpm.review;

import com.aftersales.bpm.common.StaffWords;
import java.util.List;

/**
 * A case the chair may pick for the monthly review, from what the processes recorded.
 *
 * @param kind NEGATIVE, POSITIVE or COMPLEX: which of the three review slots it can fill
 * @param gradeOrLevel a rescue's grade (S, A, B) or a parts order's risk level (L1, L2, L3)
 * @param outcome a rescue's outcome, or for a parts order {@link #ESCALATED} or {@link #LONG_WAIT}
 * @param days a rescue's days from the low score to its close, a parts order's days waiting for the part (so far)
 * @param departments the Camunda groups of the departments involved
 */
public record ReviewCandidate(String caseId, Kind kind, String process, String businessKey, String customer,
    String gradeOrLevel, String outcome, long days, List<String> departments, boolean nominated) {

  public enum Kind { NEGATIVE, POSITIVE, COMPLEX }

  /** A parts order that was escalated as a crisis. */
  public static final String ESCALATED = "ESCALATED";
  /** A parts order whose customer waited a week or more. */
  public static final String LONG_WAIT = "LONG_WAIT";
  /** A red alert decided within its window (DMN redAlertWindows: 30 minutes, 48 hours for supply). */
  public static final String DECIDED_IN_WINDOW = "DECIDED_IN_WINDOW";
  /** A red alert decided after its window. */
  public static final String WINDOW_MISSED = "WINDOW_MISSED";

  /** How the case reads in the form's drop-down, in words: "王先生 · B级 · 流失 · 9天 · 服务". */
  public String label(StaffWords words) {
    return new CandidateWords(words).label(this);
  }
}
