package com.aftersales.bpm.common;

import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class DisplayDatesTest {

  private final DisplayDates centre = new DisplayDates(new CentreTimeZone("Asia/Shanghai"));

  @Test
  void aDateReadsAsPeopleWriteItInTheCentresTimeZone() {
    Assertions.assertThat(centre.at(Date.from(Instant.parse("2026-11-27T12:00:00Z")))).isEqualTo("2026-11-27 20:00");
    Assertions.assertThat(centre.at(Date.from(Instant.parse("2026-11-27T15:59:20.123Z"))))
        .as("not Fri Nov 27 23:59:20 CST 2026").isEqualTo("2026-11-27 23:59");
  }

  @Test
  void theDayChangesWhereTheCentreIs() {
    Date lateUtcEvening = Date.from(Instant.parse("2026-12-31T18:30:00Z"));
    Assertions.assertThat(centre.at(lateUtcEvening)).isEqualTo("2027-01-01 02:30");
    Assertions.assertThat(new DisplayDates(new CentreTimeZone("UTC")).at(lateUtcEvening)).isEqualTo("2026-12-31 18:30");
    Assertions.assertThat(new DisplayDates(new CentreTimeZone("Europe/Berlin")).at(lateUtcEvening)).isEqualTo("2026-12-31 19:30");
  }

  @Test
  void aDateWithoutItsTimeKeepsItsDayWhereverTheCentreIs() {
    Date eta = Date.from(Instant.parse("2026-12-07T00:00:00Z"));
    Assertions.assertThat(centre.day(eta)).isEqualTo("2026-12-07");
    Assertions.assertThat(new DisplayDates(new CentreTimeZone("America/Los_Angeles")).day(eta)).isEqualTo("2026-12-07");
  }

  @Test
  void aTimeAFormStoredAsTextReadsTheSame() {
    Assertions.assertThat(centre.atText("2026-11-27T12:00Z")).isEqualTo("2026-11-27 20:00");
    Assertions.assertThat(centre.atText("2026-11-27T20:00:00+08:00")).isEqualTo("2026-11-27 20:00");
    Assertions.assertThat(centre.atText("tomorrow at ten")).as("not a time: shown as it is").isEqualTo("tomorrow at ten");
    Assertions.assertThat(centre.atText(null)).isEqualTo("—");
  }

  @Test
  void noDateReadsAsADash() {
    Assertions.assertThat(centre.at(null)).isEqualTo("—");
    Assertions.assertThat(centre.day(null)).isEqualTo("—");
  }
}
