package com.aftersales.bpm.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The report's rates, percentiles and per-case judgements, without an engine or a database. */
class ReportFiguresTest {

  private static final Instant ANSWERED = Instant.parse("2026-11-02T01:00:00Z");

  @Test
  void aRateIsAPercentageWithOneDecimalRoundedHalfUpAndNullWithoutCases() {
    Assertions.assertThat(ReportFigures.pct(1, 3)).isEqualTo(new BigDecimal("33.3"));
    Assertions.assertThat(ReportFigures.pct(2, 3)).isEqualTo(new BigDecimal("66.7"));
    Assertions.assertThat(ReportFigures.pct(1, 8)).as("12.5 exactly").isEqualTo(new BigDecimal("12.5"));
    Assertions.assertThat(ReportFigures.pct(1, 16)).as("6.25 rounds up").isEqualTo(new BigDecimal("6.3"));
    Assertions.assertThat(ReportFigures.pct(0, 5)).isEqualTo(new BigDecimal("0.0"));
    Assertions.assertThat(ReportFigures.pct(5, 5)).isEqualTo(new BigDecimal("100.0"));
    Assertions.assertThat(ReportFigures.pct(0, 0)).isNull();
  }

  @Test
  void theNpsIsPromotersMinusDetractorsInPercentOfTheAnswersAndNullWithoutAnswers() {
    Assertions.assertThat(ReportFigures.nps(23, 0, 25)).as("seed 000's normal tier").isEqualTo(new BigDecimal("92.0"));
    Assertions.assertThat(ReportFigures.nps(2, 1, 3)).isEqualTo(new BigDecimal("33.3"));
    Assertions.assertThat(ReportFigures.nps(1, 3, 5)).as("more detractors than promoters").isEqualTo(new BigDecimal("-40.0"));
    Assertions.assertThat(ReportFigures.nps(0, 0, 0)).as("no answers: no figure, not 0").isNull();
  }

  @Test
  void aPercentileIsTheNearestRankRoundedToATenth() {
    List<Double> hours = List.of(0.5, 1.0, 2.25, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 30.04);
    Assertions.assertThat(ReportFigures.percentile(hours, 50)).as("rank 5 of 10").isEqualTo(4.0);
    Assertions.assertThat(ReportFigures.percentile(hours, 90)).as("rank 9 of 10").isEqualTo(8.0);
    Assertions.assertThat(ReportFigures.percentile(hours, 100)).isEqualTo(30.0);
    Assertions.assertThat(ReportFigures.percentile(hours, 0)).as("the lowest, never rank 0").isEqualTo(0.5);
    Assertions.assertThat(ReportFigures.percentile(List.of(2.25), 90)).isEqualTo(2.3);
    Assertions.assertThat(ReportFigures.percentile(List.of(1.0, 2.0, 3.0), 50)).as("rank 2 of 3").isEqualTo(2.0);
    Assertions.assertThat(ReportFigures.percentile(List.of(), 50)).isNull();
  }

  @Test
  void aCaseCountsItsFirstContactFromTheAnswerAndIsLateOnlyAfterTheDeadline() {
    Instant due = ANSWERED.plusSeconds(2 * 3600);
    RescueCase onTime = rescue(due, due, "PROMOTER", 300L, 500L);
    RescueCase late = rescue(due, due.plusSeconds(60), "CHURNED", 6000L, 5000L);
    RescueCase notYet = rescue(due, null, null, null, 500L);

    Assertions.assertThat(onTime.hoursToFirstContact()).isEqualTo(2.0);
    Assertions.assertThat(onTime.firstContactLate(due.plusSeconds(3600))).as("at the deadline is in time").isFalse();
    Assertions.assertThat(late.firstContactLate(due)).isTrue();
    Assertions.assertThat(notYet.hoursToFirstContact()).isNull();
    Assertions.assertThat(notYet.firstContactLate(due)).isFalse();
    Assertions.assertThat(notYet.firstContactLate(due.plusSeconds(1))).as("no contact and the deadline passed").isTrue();
    Assertions.assertThat(rescue(null, null, null, null, null).firstContactLate(due)).as("no deadline").isFalse();
  }

  @Test
  void successIsAPromoterOrARecoveryAndAuthorityIsExceededOnlyAboveIt() {
    Assertions.assertThat(List.of("PROMOTER", "RECOVERED", "NOT_RECOVERED", "CHURNED"))
        .map(outcome -> rescue(null, null, outcome, null, null).success()).containsExactly(true, true, false, false);
    Assertions.assertThat(rescue(null, null, null, 500L, 500L).aboveStandardAuthority()).isFalse();
    Assertions.assertThat(rescue(null, null, null, 501L, 500L).aboveStandardAuthority()).isTrue();
    Assertions.assertThat(rescue(null, null, null, 501L, null).aboveStandardAuthority()).isFalse();
  }

  @Test
  void bothReportsCountTheSalesPromisesNotKeptAmongTheRootCauses() {
    List<RescueCase> cases = List.of(withRootCause("SALES_PROMISE"), withRootCause("WAIT_TIME"),
        withRootCause("SALES_PROMISE"), withRootCause(null));
    Assertions.assertThat(cases).map(RescueCase::salesPromise).containsExactly(true, false, true, false);
    Assertions.assertThat(Shares.salesPromises(cases)).isEqualTo(2);
    Assertions.assertThat(Shares.salesPromises(List.of())).isZero();
  }

  private static RescueCase rescue(Instant responseDue, Instant firstContactAt, String outcome, Long total,
      Long authority) {
    return new RescueCase("pi", "S-1", ANSWERED, "S", "王先生", responseDue, firstContactAt, outcome, "WAIT_TIME",
        total, authority, false, false, 0, false, false);
  }

  private static RescueCase withRootCause(String rootCause) {
    return new RescueCase("pi", "S-1", ANSWERED, "S", "王先生", null, null, null, rootCause,
        null, null, false, false, 0, false, false);
  }
}
