package com.aftersales.bpm.review;

import com.aftersales.bpm.common.ProcessVariable;

/** Variables of the monthly joint case review (process jointCaseReview). */
public final class ReviewVariables {

  /** The month whose cases are reviewed, YYYY-MM (default: the month before the review). */
  public static final ProcessVariable<String> REVIEW_MONTH = ProcessVariable.of("reviewMonth", String.class);
  public static final ProcessVariable<String> REVIEW_ID = ProcessVariable.of("reviewId", String.class);
  /** Who chairs the review and is told when a segment overruns: the user who opened it, or the store managers. */
  public static final ProcessVariable<String> CHAIR = ProcessVariable.of("chair", String.class);
  /** The previous review's actions and their state, one line each, for the checkpoint step. */
  public static final ProcessVariable<String> CHECKPOINT_SUMMARY = ProcessVariable.of("checkpointSummary", String.class);
  /** The month's after-sales capability report in words (SPEC 6), shown on the first form. */
  public static final ProcessVariable<String> CAPABILITY_REPORT_IN_WORDS = ProcessVariable.of("capabilityReportInWords", String.class);
  public static final ProcessVariable<String> NEGATIVE_CASE = ProcessVariable.of("negativeCase", String.class);
  public static final ProcessVariable<String> POSITIVE_CASE = ProcessVariable.of("positiveCase", String.class);
  public static final ProcessVariable<String> COMPLEX_CASE = ProcessVariable.of("complexCase", String.class);
  public static final ProcessVariable<String> RECONSTRUCTION = ProcessVariable.of("reconstruction", String.class);
  /** Number of action slots on the "design solutions" form. */
  public static final int ACTION_SLOTS = 3;

  public static final String PROCESS = "jointCaseReview";
  /** Departments that take part in every review (SPEC 3), as their Camunda groups. */
  public static final java.util.List<String> STANDING_DEPARTMENTS = java.util.List.of("sales", "delivery", "service-manager");

  private ReviewVariables() {}
}
