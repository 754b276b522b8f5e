package com.aftersales.bpm;

import java.time.DateTimeException;
import java.util.Map;
import java.util.TimeZone;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** ADR 16: the JVM's zone, which the engine's cron timers use, is the centre's from any source of the setting. */
class CentresTimeZoneTest {

  private final TimeZone before = TimeZone.getDefault();

  @AfterEach
  void restore() {
    TimeZone.setDefault(before);
  }

  @Test
  void theSettingFromAPropertyBecomesTheJvmsZone() {
    prepare(Map.of("aftersales.time-zone", "Europe/Berlin"));
    Assertions.assertThat(TimeZone.getDefault().getID()).isEqualTo("Europe/Berlin");
  }

  @Test
  void withoutASettingTheZoneIsShanghai() {
    prepare(Map.of());
    Assertions.assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Shanghai");
  }

  @Test
  void anUnknownZoneStopsTheStartInsteadOfFallingBackToGmt() {
    Assertions.assertThatThrownBy(() -> prepare(Map.of("aftersales.time-zone", "Mars/Olympus")))
        .isInstanceOf(DateTimeException.class).hasMessageContaining("Mars/Olympus");
  }

  private static void prepare(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    AftersalesApplication.centresTimeZone().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
        new DefaultBootstrapContext(), new SpringApplication(AftersalesApplication.class), new String[0], environment));
  }
}
