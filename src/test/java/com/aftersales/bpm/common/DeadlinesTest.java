package com.aftersales.bpm.common;

import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadline arithmetic the models' timers use, without an engine. */
class DeadlinesTest {

  private final Deadlines deadlines = new Deadlines(new CentreTimeZone("Asia/Shanghai"));

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }

  @ParameterizedTest(name = "{1} after {0} is {2}")
  @CsvSource({
      "2026-11-23T09:00:00Z, PT2H, 2026-11-23T11:00:00Z",
      "2026-11-23T09:00:00Z, PT72H, 2026-11-26T09:00:00Z",
      "2026-11-23T09:00:00Z, P3D, 2026-11-26T09:00:00Z",
      "2026-11-23T09:00:00Z, P1DT12H, 2026-11-24T21:00:00Z",
      "2026-11-23T09:00:00Z, PT30M, 2026-11-23T09:30:00Z",
      "2026-01-31T09:00:00Z, P1M, 2026-02-28T09:00:00Z",
      "2026-11-23T09:00:00Z, ' P7D ', 2026-11-30T09:00:00Z"})
  void aDurationCountsFromTheStartInUtc(String start, String duration, String end) {
    Assertions.assertThat(deadlines.after(at(start), duration)).isEqualTo(at(end));
  }

  @Test
  void aDeadlineTheCaseDoesNotHaveNeverComes() {
    Assertions.assertThat(deadlines.orNever(at("2026-03-16T10:00:00Z"))).isEqualTo(at("2026-03-16T10:00:00Z"));
    Assertions.assertThat(deadlines.orNever(null)).isEqualTo(Date.from(Deadlines.NEVER)).isAfter(at("9999-01-01T00:00:00Z"));
  }

  @Test
  void theLatestDayAPromiseMayNameIsTheDurationAfterTheStartOfItsFirstDay() {
    Assertions.assertThat(deadlines.dayAfter(java.time.LocalDate.parse("2026-03-09"), "P7D")).hasToString("2026-03-16");
    Assertions.assertThat(deadlines.dayAfter(java.time.LocalDate.parse("2026-02-27"), "P30D")).hasToString("2026-03-29");
    Assertions.assertThat(deadlines.dayAfter(java.time.LocalDate.parse("2026-03-09"), "PT23H")).hasToString("2026-03-09");
  }

  @Test
  void aReminderBeforeADeadlineIsTheSameDurationEarlier() {
    Assertions.assertThat(deadlines.before(at("2026-03-16T10:00:00Z"), "P3D")).isEqualTo(at("2026-03-13T10:00:00Z"));
    Assertions.assertThat(deadlines.before(at("2026-03-16T10:00:00Z"), "PT1H30M")).isEqualTo(at("2026-03-16T08:30:00Z"));
  }

  @Test
  void aDeadlineWithoutStartOrDurationIsRefusedNamingWhatItNeeds() {
    for (String duration : new String[] {null, "", "  "}) {
      Assertions.assertThatThrownBy(() -> deadlines.after(at("2026-11-23T09:00:00Z"), duration))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO-8601 duration");
    }
    Assertions.assertThatThrownBy(() -> deadlines.after(null, "PT2H")).hasMessageContaining("needs a start");
  }

  @Test
  void noDurationFromATableMeansNoDeadline() {
    Assertions.assertThat(deadlines.afterIfAny(at("2026-11-23T09:00:00Z"), null)).isNull();
    Assertions.assertThat(deadlines.afterIfAny(at("2026-11-23T09:00:00Z"), " ")).isNull();
    Assertions.assertThat(deadlines.afterIfAny(at("2026-11-23T09:00:00Z"), "PT4H")).isEqualTo(at("2026-11-23T13:00:00Z"));
    Assertions.assertThatThrownBy(() -> deadlines.afterIfAny(null, "PT4H")).hasMessageContaining("needs a start");
  }

  @Test
  void aDurationThatIsNotIso8601IsRefused() {
    Assertions.assertThatThrownBy(() -> deadlines.after(at("2026-11-23T09:00:00Z"), "2 hours"))
        .isInstanceOf(java.time.format.DateTimeParseException.class);
  }

  @Test
  void aCommittedDayEndsAtMidnightInTheCentresTimeZone() {
    Assertions.assertThat(deadlines.endOfDay("2026-03-05")).isEqualTo(at("2026-03-05T16:00:00Z"));
    Assertions.assertThatIllegalArgumentException().isThrownBy(() -> deadlines.endOfDay(null))
        .withMessageContaining("deadline's day is missing");
    Assertions.assertThatIllegalArgumentException().isThrownBy(() -> deadlines.endOfDay(" "))
        .withMessageContaining("yyyy-MM-dd");
  }

  /** Shanghai is UTC+8: 17:00 there is 09:00Z, and its day starts at 16:00Z the day before. */
  @ParameterizedTest(name = "the day after {0} at 17:00 in the centre is {1}")
  @CsvSource({
      "2026-03-04T01:00:00Z, 2026-03-05T09:00:00Z", // 09:00 in the centre: early
      "2026-03-04T15:30:00Z, 2026-03-05T09:00:00Z", // 23:30 in the centre: late, still the 4th there
      "2026-03-04T16:30:00Z, 2026-03-06T09:00:00Z", // 00:30 on the 5th in the centre
      "2026-02-28T10:00:00Z, 2026-03-01T09:00:00Z"})
  void aDailyStepIsDueAtItsTimeOnTheCentresNextDay(String done, String due) {
    Assertions.assertThat(deadlines.nextDayAt(at(done), "17:00")).isEqualTo(at(due));
    Assertions.assertThat(deadlines.startOfDay(at(due))).isEqualTo(Date.from(at(due).toInstant().minusSeconds(17 * 3600)));
  }

  @Test
  void aDailyStepWithoutDayOrTimeIsRefused() {
    Assertions.assertThatIllegalArgumentException().isThrownBy(() -> deadlines.nextDayAt(null, "17:00"))
        .withMessageContaining("HH:mm");
    Assertions.assertThatIllegalArgumentException().isThrownBy(() -> deadlines.nextDayAt(at("2026-03-04T01:00:00Z"), " "));
    Assertions.assertThatIllegalArgumentException().isThrownBy(() -> deadlines.startOfDay(null));
  }
}
