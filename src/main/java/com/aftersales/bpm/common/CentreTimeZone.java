package com.aftersales.bpm.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The service centre's time zone ({@code aftersales.time-zone}, ADR 0016), read in one place: the
 * classes that turn instants into the centre's days and months, or hand the zone to the browser,
 * are given this bean instead of each parsing the setting.
 */
@Component
public record CentreTimeZone(ZoneId zone) {

  /** The setting (also {@code AFTERSALES_TIME_ZONE}) and the zone without it. */
  public static final String SETTING = "aftersales.time-zone";
  public static final String DEFAULT = "Asia/Shanghai";

  @Autowired
  public CentreTimeZone(@Value("${" + SETTING + ":" + DEFAULT + "}") String id) {
    this(ZoneId.of(id));
  }

  /** The zone's id as the browser's {@code Intl} takes it, e.g. {@code Asia/Shanghai}. */
  public String id() {
    return zone.getId();
  }

  /**
   * The instants a month spans in the centre ({@code from} its first, {@code to} the first after it):
   * what the monthly report, the capability report and the review each count a month by.
   */
  public Span month(YearMonth month) {
    return new Span(Months.start(month, zone), Months.end(month, zone));
  }

  /** From {@code from} (included) to {@code to} (excluded). */
  public record Span(Instant from, Instant to) {}

  /** The centre's month an instant falls in. */
  public YearMonth monthOf(Instant instant) {
    return YearMonth.from(instant.atZone(zone));
  }

  /**
   * The end of a calendar day in the centre (the next day's first instant): a promised or due date
   * passes then. Takes {@code yyyy-MM-dd} as a form's date field sends it, or a date-time, whose
   * date it keeps.
   */
  public Instant endOfDay(String isoDate) {
    return LocalDate.parse(isoDate.substring(0, 10)).plusDays(1).atStartOfDay(zone).toInstant();
  }
}
