package com.aftersales.bpm.common;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;

/** A month as the API takes it (YYYY-MM) and the instants it spans in the centre's time zone. */
public final class Months {

  private Months() {}

  /** The request parameter {@code month}, or a 400 naming it. */
  public static YearMonth parameter(String month) {
    try {
      return YearMonth.parse(month == null ? "" : month.trim());
    } catch (DateTimeParseException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "month", "month must be YYYY-MM, e.g. 2026-02");
    }
  }

  public static Instant start(YearMonth month, ZoneId zone) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  /** The first instant after the month. */
  public static Instant end(YearMonth month, ZoneId zone) {
    return start(month.plusMonths(1), zone);
  }
}
