package com.aftersales.bpm.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * {@link TimerCycles} reads a cycle as the engine does, and {@link BoundedCycles} slows one that
 * repeats more often than the minimum to it, leaving every other cycle as the engine has it.
 */
class TimerCyclesTest {

  private static final Instant MONDAY = Instant.parse("2026-11-30T02:00:00Z");
  private static final BoundedCycles HOURLY_AT_MOST = new BoundedCycles(Duration.ofHours(1));

  @Test
  void theTimeBetweenTwoFiringsOfIsoAndCronCycles() {
    Assertions.assertThat(TimerCycles.period("R/PT1M", MONDAY)).contains(Duration.ofMinutes(1));
    Assertions.assertThat(TimerCycles.period("R/P1D", MONDAY)).contains(Duration.ofDays(1));
    Assertions.assertThat(TimerCycles.period("R3/PT10H", MONDAY)).contains(Duration.ofHours(10));
    Assertions.assertThat(TimerCycles.period("R/P1M", MONDAY)).hasValueSatisfying(
        month -> Assertions.assertThat(month).isGreaterThanOrEqualTo(Duration.ofDays(28)));
    Assertions.assertThat(TimerCycles.period("0 * * * * ?", MONDAY)).contains(Duration.ofMinutes(1));
    Assertions.assertThat(TimerCycles.period("0 0 10 ? * MON#1", MONDAY)).hasValueSatisfying(
        month -> Assertions.assertThat(month).isGreaterThanOrEqualTo(Duration.ofDays(28)));
  }

  @Test
  void aCycleThatFiresOnceMoreAtTheMostOrIsNoCycleHasNoPeriod() {
    Assertions.assertThat(TimerCycles.period("R1/PT5M", MONDAY)).isEmpty();
    Assertions.assertThat(TimerCycles.period("every minute", MONDAY)).isEmpty();
  }

  @Test
  void aCycleRepeatingMoreOftenThanTheMinimumFiresAtTheMinimum() {
    Assertions.assertThat(nextFiring("R/PT1M")).isEqualTo(MONDAY.plus(Duration.ofHours(1)));
    Assertions.assertThat(nextFiring("0 * * * * ?")).isEqualTo(MONDAY.plus(Duration.ofHours(1)));
  }

  @Test
  void everyOtherCycleFiresAsTheEngineHasIt() {
    Assertions.assertThat(nextFiring("R/P1D")).isEqualTo(MONDAY.plus(Duration.ofDays(1)));
    Assertions.assertThat(nextFiring("R/PT1H")).isEqualTo(MONDAY.plus(Duration.ofHours(1)));
    Assertions.assertThat(nextFiring("R1/PT5M")).as("fires once: nothing to flood")
        .isEqualTo(MONDAY.plus(Duration.ofMinutes(5)));
  }

  /** When the bounded calendar has a timer with this cycle fire first, counted from {@link #MONDAY}. */
  private static Instant nextFiring(String cycle) {
    return HOURLY_AT_MOST.resolveDuedate(cycle, Date.from(MONDAY), 0).toInstant();
  }
}
