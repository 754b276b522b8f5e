package com.aftersales.bpm.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;

/** How often a timer cycle repeats, read as the engine reads it: an ISO 8601 repeating interval or a cron. */
public final class TimerCycles {

  private static final CycleBusinessCalendar ENGINE = new CycleBusinessCalendar();
  /** R0/… or R1/…: the engine counts the repetitions down in the job, not in the calendar. */
  private static final Pattern ONCE = Pattern.compile("R[01]/");

  private TimerCycles() {}

  /**
   * The time between the cycle's next two firings after {@code from}; empty when it fires once more
   * at the most, or is no cycle the engine can read (the engine says so itself when it meets it).
   */
  public static Optional<Duration> period(String cycle, Instant from) {
    if (ONCE.matcher(cycle).lookingAt()) {
      return Optional.empty();
    }
    try {
      Date next = ENGINE.resolveDuedate(cycle, Date.from(from), 0);
      Date after = next == null ? null : ENGINE.resolveDuedate(cycle, next, 0);
      return after == null || !after.after(next) ? Optional.empty()
          : Optional.of(Duration.between(next.toInstant(), after.toInstant()));
    } catch (ProcessEngineException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
