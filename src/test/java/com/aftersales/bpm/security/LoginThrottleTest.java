package com.aftersales.bpm.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The bookkeeping behind the login throttle, on a clock the test moves. */
class LoginThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottleSettings(true, 5, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(60), 3),
      clock);

  @Test
  void fiveFreeFailuresThenAWaitThatDoublesUpToTheCap() {
    failTimes("10.0.0.1", 5);
    Assertions.assertThat(throttle.waitFor("10.0.0.1")).isZero();

    throttle.failed("10.0.0.1");
    Assertions.assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    for (long expected : new long[] {2, 4, 8, 16, 32, 60, 60}) {
      clock.advance(throttle.waitFor("10.0.0.1"));
      throttle.failed("10.0.0.1");
      Assertions.assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(expected));
    }
  }

  @Test
  void otherAddressesAreNotHeldUp() {
    failTimes("10.0.0.1", 8);
    Assertions.assertThat(throttle.waitFor("10.0.0.1")).isPositive();
    Assertions.assertThat(throttle.waitFor("10.0.0.2")).isZero();
  }

  @Test
  void failuresAreForgottenAfterTheWindow() {
    failTimes("10.0.0.1", 5);
    clock.advance(Duration.ofMinutes(15));
    throttle.failed("10.0.0.1");
    Assertions.assertThat(throttle.waitFor("10.0.0.1")).as("a new window, the first free failure").isZero();
    clock.advance(Duration.ofMinutes(15));
    Assertions.assertThat(throttle.waitFor("10.0.0.1")).isZero();
    Assertions.assertThat(throttle.trackedAddresses()).as("an expired entry is dropped").isZero();
  }

  @Test
  void theTableHoldsAtMostTheConfiguredNumberOfAddresses() {
    for (int i = 0; i < 100; i++) {
      throttle.failed("10.0.1." + i);
    }
    Assertions.assertThat(throttle.trackedAddresses()).isEqualTo(3);
  }

  private void failTimes(String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(address);
    }
  }

  /** A clock that stands still until the test moves it. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-03-01T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
