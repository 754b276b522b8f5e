package com.aftersales.bpm.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * SPEC 1.5, one month: how the centre handled its low scores. Rates are percentages with one
 * decimal, null when there is nothing to divide by. Outcome rates are over the rescues that have
 * an outcome; the 24-hour rate over the rescues launched.
 *
 * <p>{@code lowScores} counts the scores of 0–6 received, {@code lowScoresRescued} those of them
 * whose intake started a rescue, and {@code launchRate} is the second over the first (SPEC 1.5:
 * rescues started ÷ low scores), so it never exceeds 100 %. {@code rescuesLaunched} counts every
 * rescue of the month, also those of a score of 7–10 with public-opinion risk (grade S, SPEC 1.2),
 * which are not low scores.
 *
 * <p>SLA figures are judged by the times: a deadline whose step was done after it is breached
 * whether or not its timer fired. {@code casesWithSlaBreach} and {@code slaBreaches} count every
 * SLA deadline of the rescues (first contact, promised call-back, the follow-up's 72 h window);
 * {@code escalations} the rescues whose missed first contact was escalated (the escalation group's
 * task was opened);
 * {@code firstContactLate} the rescues whose first contact came after the grade's deadline (or has
 * not come and the deadline passed), and {@code firstContactLateNotEscalated} those of them that
 * SPEC 1.2 says must escalate but were not (the timer never fired, e.g. the job executor was off).
 *
 * <p>The joint sales–after-sales KPI (SPEC 6): {@code salesPromiseLowScores} the month's rescues
 * whose root cause was a sales promise not kept, {@code salesPromiseRate} their share of the
 * rescues with a root cause; {@code jointKpis} all of SPEC 6's joint KPIs this system measures
 * (that rate again among them, under sales).
 */
@JsonInclude(JsonInclude.Include.ALWAYS) // a rate without cases is shown as null, not left out
public record RescueReport(
    String month,
    int lowScores,
    int lowScoresRescued,
    BigDecimal launchRate,
    int rescuesLaunched,
    int firstContactWithin24h,
    BigDecimal firstContactWithin24hRate,
    Double hoursToFirstContactMedian,
    Double hoursToFirstContactP90,
    int withOutcome,
    int stillOpen,
    Map<String, Integer> outcomes,
    int successes,
    BigDecimal successRate,
    BigDecimal promoterRate,
    BigDecimal notRecoveredRate,
    BigDecimal churnRate,
    List<Share> reasons,
    List<Split> successByResponseTime,
    List<Split> successByCompensation,
    List<Split> successByEmotionalRepair,
    int casesWithSlaBreach,
    int slaBreaches,
    int escalations,
    int firstContactLate,
    int firstContactLateNotEscalated,
    PartsFigures parts,
    RedAlertFigures redAlerts,
    int salesPromiseLowScores,
    BigDecimal salesPromiseRate,
    JointKpis jointKpis) {

  /** One root-cause category and its share of the categorised cases. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Share(String category, int cases, BigDecimal rate) {}

  /** Success within one group of cases with an outcome (e.g. first contact within 6 h). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Split(String group, int cases, int successes, BigDecimal successRate) {}

  /** Parts-shortage orders reported in the same month. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record PartsFigures(int orders, Map<String, Integer> byRiskLevel, int escalated, int partArrived,
      Double medianWaitDays, int promisedDateKept, BigDecimal promisedDateKeptRate) {}

  /**
   * Red alerts discovered in the same month: decided within their window or after it (undecided
   * ones are neither), customers per choice (DELIVER: delivered as planned without a choice), the
   * direct cost (packages, loaner days, overtime) and, per tier (DELIVER, CHOICE, DELAY), the NPS of
   * the settled customers' answers (SPEC 5, ADR 0029).
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record RedAlertFigures(int raised, int decidedInWindow, int decidedLate, Map<String, Long> customersByChoice,
      long cost, Map<String, Nps> npsByTier) {}

  /**
   * Answers and their NPS: promoters (9–10) minus detractors (0–6) in percent of the answers, one
   * decimal; null without answers. A red-alert tier's (each settled order's first answer after it
   * was settled) and the first-year NPS of {@link JointKpis}.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Nps(int answers, int promoters, int detractors, BigDecimal nps) {

    public static Nps of(int answers, int promoters, int detractors) {
      return new Nps(answers, promoters, detractors, ReportFigures.nps(promoters, detractors, answers));
    }
  }
}
