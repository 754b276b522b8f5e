package com.aftersales.bpm.security.models;

import com.aftersales.bpm.common.InvalidSettingException;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * AFTERSALES_MINIMUM_TIMER_CYCLE (ADR 25) is an ISO-8601 duration from a minute to a day; anything
 * else stops the start with one message naming the variable and the value, not a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class MinimumTimerCycleTest {

  @Test
  void anIsoDurationFromAMinuteToADayIsTaken() {
    Assertions.assertThat(MinimumTimerCycle.of("PT1H")).isEqualTo(Duration.ofHours(1));
    Assertions.assertThat(MinimumTimerCycle.of(" PT30M ")).isEqualTo(Duration.ofMinutes(30));
    Assertions.assertThat(MinimumTimerCycle.of("PT1M")).isEqualTo(Duration.ofMinutes(1));
    Assertions.assertThat(MinimumTimerCycle.of("P1D")).isEqualTo(Duration.ofDays(1));
  }

  /** 1h and 60 are Spring's own duration forms, P1M a month (no fixed length): not ISO durations here. */
  @ParameterizedTest
  @ValueSource(strings = {"hourly", "1h", "60", "P1M", ""})
  void aValueThatIsNoIsoDurationIsRefusedNamingIt(String value) {
    Assertions.assertThatThrownBy(() -> MinimumTimerCycle.of(value)).isInstanceOf(InvalidSettingException.class)
        .hasMessageStartingWith("AFTERSALES_MINIMUM_TIMER_CYCLE (aftersales.models.minimum-timer-cycle) is '"
            + value + "': not an ISO-8601 duration")
        .extracting(e -> ((InvalidSettingException) e).action()).asString().contains("PT1M", "P1D", "PT1H");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "-PT1H"})
  void zeroOrLessIsRefused(String value) {
    Assertions.assertThatThrownBy(() -> MinimumTimerCycle.of(value)).isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("is '" + value + "': zero or negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT59S", "P2D"})
  void lessThanAMinuteOrMoreThanADayIsRefused(String value) {
    Assertions.assertThatThrownBy(() -> MinimumTimerCycle.of(value)).isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("is '" + value + "': outside PT1M to P1D");
  }

  /** The setting as application.yaml reads it, in a bare Spring context (no engine, no web). */
  @Test
  void aBadValueStopsTheStartWithOneClearMessage(CapturedOutput output) {
    SpringApplicationBuilder start = new SpringApplicationBuilder(SettingOnly.class).web(WebApplicationType.NONE)
        .logStartupInfo(false);
    Assertions.assertThatThrownBy(() -> start.run("--AFTERSALES_MINIMUM_TIMER_CYCLE=PT0S"))
        .hasRootCauseInstanceOf(InvalidSettingException.class);
    Assertions.assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START",
            "AFTERSALES_MINIMUM_TIMER_CYCLE (aftersales.models.minimum-timer-cycle) is 'PT0S': zero or negative",
            "Set AFTERSALES_MINIMUM_TIMER_CYCLE to a duration from PT1M")
        .doesNotContain("Application run failed").doesNotContain("\tat ");
  }

  @Configuration(proxyBeanMethods = false)
  static class SettingOnly {
    @Bean
    Duration minimumTimerCycle(@Value("${" + MinimumTimerCycle.SETTING + "}") String value) {
      return MinimumTimerCycle.of(value);
    }
  }
}
