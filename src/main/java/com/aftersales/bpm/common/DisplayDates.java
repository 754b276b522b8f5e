package com.aftersales.bpm.common;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;

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

  public DisplayDates(@Value("${aftersales.time-zone:Asia/Shanghai}") String zone) {
    this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(zone));
  }

  /** {@code yyyy-MM-dd HH:mm} in the centre's time zone; {@value #NONE} without a date. */
  public String at(Date instant) {
    return instant == null ? NONE : format.format(instant.toInstant());
  }
}
