package com.aftersales.bpm.engine;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, the one the timers and the history read: every "now" of the application
 * comes from here, so a test (or the demo) that sets the engine's time sees one consistent time.
 */
public final class EngineClock {

  private EngineClock() {}

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  public static Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Moves the engine's time (the demo's replay); {@link #reset()} returns to the wall clock. */
  public static void set(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  public static void reset() {
    ClockUtil.reset();
  }
}
