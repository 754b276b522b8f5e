package com.aftersales.bpm.common;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Dates as people read them in notifications, e.g. {@code ${displayDates.at(responseDeadline)}}
 * gives {@code 2026-11-27 20:00}: the centre's local time ({@code aftersales.time-zone}), never
 * the JVM's {@code Fri Nov 27 23:59:20 CST 2026}.
 */
@ModelBean("displayDates")
public class DisplayDates {

  /** What a missing date reads as. */
  public static final String NONE = "—";

  private final DateTimeFormatter format;
  /** A date without a time is kept as the start of its day in UTC (e.g. the supplier's ETA). */
  private final DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  public DisplayDates(CentreTimeZone centre) {
    this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(centre.zone());
  }

  /** {@code yyyy-MM-dd HH:mm} in the centre's time zone; {@value #NONE} without a date. */
  public String at(Date instant) {
    return instant == null ? NONE : format.format(instant.toInstant());
  }

  /**
   * The same for a time a form stored as ISO text ({@code 2026-11-27T12:00Z}, Camunda Forms'
   * date-and-time field); text that is not such a time is shown as it is.
   */
  public String atText(String iso) {
    if (iso == null || iso.isBlank()) {
      return NONE;
    }
    try {
      return format.format(OffsetDateTime.parse(iso.trim()));
    } catch (DateTimeParseException notATime) {
      return iso;
    }
  }

  /** {@code yyyy-MM-dd} of a date kept without its time; {@value #NONE} without a date. */
  public String day(Date date) {
    return date == null ? NONE : day.format(date.toInstant());
  }
}
