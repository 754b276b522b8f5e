package com.aftersales.bpm.security.models;

import com.aftersales.bpm.common.InvalidSettingException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The setting {@value #SETTING} ({@value #VARIABLE}, ADR 25), checked when the application starts:
 * an ISO-8601 duration from a minute to a day. Zero or less would switch the bound off unnoticed,
 * and less than a minute bounds no flood worth the name (the job executor polls every few
 * seconds); more than a day would refuse or slow the daily cycles our own models run (a red
 * alert's progress updates, R/P1D).
 */
public final class MinimumTimerCycle {

  public static final String SETTING = "aftersales.models.minimum-timer-cycle";
  static final String VARIABLE = "AFTERSALES_MINIMUM_TIMER_CYCLE";
  static final Duration SHORTEST = Duration.ofMinutes(1);
  static final Duration LONGEST = Duration.ofDays(1);

  private MinimumTimerCycle() {}

  /** The setting's value as a duration; an {@link InvalidSettingException} naming it otherwise. */
  public static Duration of(String value) {
    Duration minimum;
    try {
      minimum = Duration.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException notIso) {
      throw refused(value, "not an ISO-8601 duration in days, hours, minutes or seconds");
    }
    if (minimum.compareTo(SHORTEST) < 0 || minimum.compareTo(LONGEST) > 0) {
      throw refused(value, minimum.isNegative() || minimum.isZero() ? "zero or negative" : "outside PT1M to P1D");
    }
    return minimum;
  }

  private static InvalidSettingException refused(String value, String problem) {
    return new InvalidSettingException(VARIABLE + " (" + SETTING + ") is '" + value + "': " + problem
        + ". It is the shortest time between two firings of a timer cycle.",
        "Set " + VARIABLE + " to a duration from PT1M (a minute) to P1D (a day), e.g. PT1H (the default) or "
            + "PT30M, or leave it unset.");
  }
}
