package com.aftersales.bpm.common;

import java.time.Instant;
import java.time.YearMonth;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** ADR 16: calendar days and months are the centre's, not UTC's. */
class CentreTimeZoneTest {

  private final CentreTimeZone shanghai = new CentreTimeZone("Asia/Shanghai");

  @Test
  void aDayEndsAtTheCentresMidnight() {
    Assertions.assertThat(shanghai.endOfDay("2026-03-05")).isEqualTo(Instant.parse("2026-03-05T16:00:00Z"));
    Assertions.assertThat(new CentreTimeZone("UTC").endOfDay("2026-03-05")).isEqualTo(Instant.parse("2026-03-06T00:00:00Z"));
  }

  @Test
  void aDateTimeKeepsItsDate() {
    Assertions.assertThat(shanghai.endOfDay("2026-03-05T23:30:00Z")).isEqualTo(shanghai.endOfDay("2026-03-05"));
  }

  @Test
  void aMonthChangesWhereTheCentreIs() {
    Instant lateUtcEvening = Instant.parse("2026-12-31T18:30:00Z");
    Assertions.assertThat(shanghai.monthOf(lateUtcEvening)).isEqualTo(YearMonth.of(2027, 1));
    Assertions.assertThat(new CentreTimeZone("UTC").monthOf(lateUtcEvening)).isEqualTo(YearMonth.of(2026, 12));
  }

  @Test
  void aMonthSpansTheCentresCalendarMonth() {
    Assertions.assertThat(shanghai.month(YearMonth.of(2026, 12))).isEqualTo(new CentreTimeZone.Span(
        Instant.parse("2026-11-30T16:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")));
    Assertions.assertThat(new CentreTimeZone("UTC").month(YearMonth.of(2026, 2))).isEqualTo(new CentreTimeZone.Span(
        Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")));
    CentreTimeZone berlin = new CentreTimeZone("Europe/Berlin");
    Assertions.assertThat(berlin.month(YearMonth.of(2026, 3)).to()).as("summer time begins in March")
        .isEqualTo(berlin.month(YearMonth.of(2026, 4)).from()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
  }

  @Test
  void theBrowserGetsTheZonesId() {
    Assertions.assertThat(shanghai.id()).isEqualTo("Asia/Shanghai");
  }
}
