package com.aftersales.bpm.review;

import com.aftersales.bpm.common.ImprovementActionVariables;
import com.aftersales.bpm.common.ImprovementActionVariables.ActionSlot;
import com.aftersales.bpm.common.ProcessVariable;
import com.aftersales.bpm.review.ReviewCandidate.Kind;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

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

  // select cases: this month's candidates (JSON) and, per slot of the form, its drop-down options
  public static final ProcessVariable<SpinJsonNode> CANDIDATE_CASES = ProcessVariable.of("candidateCases", SpinJsonNode.class);
  public static final ProcessVariable<SpinJsonNode> NEGATIVE_CASE_OPTIONS = ProcessVariable.of("negativeCaseOptions", SpinJsonNode.class);
  public static final ProcessVariable<SpinJsonNode> POSITIVE_CASE_OPTIONS = ProcessVariable.of("positiveCaseOptions", SpinJsonNode.class);
  public static final ProcessVariable<SpinJsonNode> COMPLEX_CASE_OPTIONS = ProcessVariable.of("complexCaseOptions", SpinJsonNode.class);
  /** The slot of each kind of case on the form: the picked case and its options. */
  public static final Map<Kind, ProcessVariable<String>> CASE_OF_KIND = Map.of(Kind.NEGATIVE, NEGATIVE_CASE,
      Kind.POSITIVE, POSITIVE_CASE, Kind.COMPLEX, COMPLEX_CASE);
  public static final Map<Kind, ProcessVariable<SpinJsonNode>> OPTIONS_OF_KIND = Map.of(Kind.NEGATIVE,
      NEGATIVE_CASE_OPTIONS, Kind.POSITIVE, POSITIVE_CASE_OPTIONS, Kind.COMPLEX, COMPLEX_CASE_OPTIONS);

  // the reconstruction, one department after the other (multi-instance over departments)
  /** The departments that reconstruct the cases: the standing ones and those the cases touch. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final ProcessVariable<List<String>> DEPARTMENTS = ProcessVariable.of("departments", (Class) List.class);
  public static final ProcessVariable<String> DEPARTMENT = ProcessVariable.of("department", String.class);
  public static final ProcessVariable<String> DEPARTMENT_IN_WORDS = ProcessVariable.of("departmentInWords", String.class);
  public static final ProcessVariable<String> FACTS_NEGATIVE = ProcessVariable.of("factsNegative", String.class);
  public static final ProcessVariable<String> FACTS_POSITIVE = ProcessVariable.of("factsPositive", String.class);
  public static final ProcessVariable<String> FACTS_COMPLEX = ProcessVariable.of("factsComplex", String.class);

  // what the review's other forms record
  public static final ProcessVariable<String> CHECKPOINT_NOTE = ProcessVariable.of("checkpointNote", String.class);
  public static final ProcessVariable<String> COGNITIVE_BLIND_SPOTS = ProcessVariable.of("cognitiveBlindSpots", String.class);
  public static final ProcessVariable<String> SYSTEM_GAPS = ProcessVariable.of("systemGaps", String.class);
  public static final ProcessVariable<String> PROCESS_GAPS = ProcessVariable.of("processGaps", String.class);
  public static final ProcessVariable<String> COMMITMENTS = ProcessVariable.of("commitments", String.class);
  public static final ProcessVariable<Boolean> PUBLIC_COMMITMENT = ProcessVariable.of("publicCommitment", Boolean.class);
  // SPEC 6, the sales–after-sales meeting's own segments: sales feedback and next month's focus
  public static final ProcessVariable<String> SALES_FEEDBACK = ProcessVariable.of("salesFeedback", String.class);
  /** Sales' rating of after-sales support, "1" (poor) to "5" (excellent): service's joint KPI. */
  public static final ProcessVariable<String> AFTER_SALES_SUPPORT_RATING = ProcessVariable.of("afterSalesSupportRating", String.class);
  public static final ProcessVariable<String> NEXT_MONTH_FOCUS = ProcessVariable.of("nextMonthFocus", String.class);

  // design solutions: up to three action slots of four fields each (the form's date as text), shared
  // with the rescue's review (common/ImprovementActionVariables, ADR 0053)
  public static final ProcessVariable<String> ACTION_1_TEXT = ImprovementActionVariables.ACTION_1_TEXT;
  public static final ProcessVariable<String> ACTION_1_OWNER = ImprovementActionVariables.ACTION_1_OWNER;
  public static final ProcessVariable<String> ACTION_1_DEADLINE = ImprovementActionVariables.ACTION_1_DEADLINE;
  public static final ProcessVariable<String> ACTION_1_CRITERION = ImprovementActionVariables.ACTION_1_CRITERION;
  public static final ProcessVariable<Boolean> ADD_ACTION_2 = ImprovementActionVariables.ADD_ACTION_2;
  public static final ProcessVariable<String> ACTION_2_TEXT = ImprovementActionVariables.ACTION_2_TEXT;
  public static final ProcessVariable<String> ACTION_2_OWNER = ImprovementActionVariables.ACTION_2_OWNER;
  public static final ProcessVariable<String> ACTION_2_DEADLINE = ImprovementActionVariables.ACTION_2_DEADLINE;
  public static final ProcessVariable<String> ACTION_2_CRITERION = ImprovementActionVariables.ACTION_2_CRITERION;
  public static final ProcessVariable<Boolean> ADD_ACTION_3 = ImprovementActionVariables.ADD_ACTION_3;
  public static final ProcessVariable<String> ACTION_3_TEXT = ImprovementActionVariables.ACTION_3_TEXT;
  public static final ProcessVariable<String> ACTION_3_OWNER = ImprovementActionVariables.ACTION_3_OWNER;
  public static final ProcessVariable<String> ACTION_3_DEADLINE = ImprovementActionVariables.ACTION_3_DEADLINE;
  public static final ProcessVariable<String> ACTION_3_CRITERION = ImprovementActionVariables.ACTION_3_CRITERION;
  /** The form's action slots, in order. */
  public static final List<ActionSlot> ACTION_SLOTS = ImprovementActionVariables.ACTION_SLOTS;
  /** The checked actions, each started as an improvement action; {@link #ACTION} is one of them there. */
  public static final ProcessVariable<List<Map<String, Object>>> ACTIONS = ImprovementActionVariables.ACTIONS;
  public static final ProcessVariable<Map<String, Object>> ACTION = ImprovementActionVariables.ACTION;

  private ReviewVariables() {}
}
