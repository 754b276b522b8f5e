package com.aftersales.bpm.common;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** A month as the API takes it (YYYY-MM) and the instants it spans in the centre's time zone. */
public final class Months {

  private Months() {}

  /** The earliest month the API accepts (as {@link JsonRequestReader} accepts no earlier dates). */
  public static final YearMonth EARLIEST = YearMonth.of(2000, 1);

  private static final Pattern YYYY_MM = Pattern.compile("[0-9]{4}-[0-9]{2}");

  /**
   * The request parameter {@code month}, or a 400 naming it. Four-digit years from 2000 only:
   * YearMonth itself takes "+999999999-12", whose next month does not exist.
   */
  public static YearMonth parameter(String month) {
    String text = month == null ? "" : month.strip();
    try {
      if (YYYY_MM.matcher(text).matches()) {
        YearMonth parsed = YearMonth.parse(text);
        if (!parsed.isBefore(EARLIEST)) {
          return parsed;
        }
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new ApiException(HttpStatus.BAD_REQUEST, "month",
        "month must be YYYY-MM from 2000-01, e.g. 2026-02");
  }

  public static Instant start(YearMonth month, ZoneId zone) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  /** The first instant after the month. */
  public static Instant end(YearMonth month, ZoneId zone) {
    return start(month.plusMonths(1), zone);
  }
}
