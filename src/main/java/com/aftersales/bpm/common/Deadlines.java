package com.aftersales.bpm.common;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Deadline arithmetic for timer expressions in the models, e.g.
 * {@code ${deadlines.after(answeredAt, 'PT72H')}}: SLAs count from when the customer answered,
 * not from when the case reached us.
 */
@ModelBean("deadlines")
public class Deadlines {

  /**
   * The due time of a deadline a case does not have: a timer must have a date, and one at the end of
   * 9999 never fires (the case history shows no deadline for it). E.g. a supply alert's order has no
   * planned delivery, so its conversation is due at no time.
   */
  public static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

  private final CentreTimeZone centre;

  public Deadlines(CentreTimeZone centre) {
    this.centre = centre;
  }

  /**
   * The end of the day a form's date field names, in the centre's time zone: a commitment "by
   * 5 March" holds until midnight there. A missing date is refused with its reason.
   */
  public Date endOfDay(String isoDate) {
    if (isoDate == null || isoDate.isBlank()) {
      throw new IllegalArgumentException("a deadline's day is missing (a form's date field, yyyy-MM-dd)");
    }
    return Date.from(centre.endOfDay(isoDate));
  }

  /**
   * {@code timeOfDay} ({@code HH:mm}, on the centre's clock) on the centre's day after the one
   * {@code instant} falls in: a daily step due at a fixed time however early or late the day
   * before's was done, e.g. {@code ${deadlines.nextDayAt(now(), '17:00')}} for the manager's daily
   * call (ADR 0054). Whatever time {@code instant} has, it is the next calendar day: one a day, none
   * left out.
   */
  public Date nextDayAt(Date instant, String timeOfDay) {
    if (instant == null || timeOfDay == null || timeOfDay.isBlank()) {
      throw new IllegalArgumentException("a daily deadline needs a day and a time of day (HH:mm)");
    }
    LocalDate next = LocalDate.ofInstant(instant.toInstant(), centre.zone()).plusDays(1);
    return Date.from(next.atTime(LocalTime.parse(timeOfDay.strip())).atZone(centre.zone()).toInstant());
  }

  /** The start of the centre's day {@code instant} falls in (its first instant): e.g. when a daily step opens. */
  public Date startOfDay(Date instant) {
    if (instant == null) {
      throw new IllegalArgumentException("the start of a day needs an instant");
    }
    return Date.from(LocalDate.ofInstant(instant.toInstant(), centre.zone()).atStartOfDay(centre.zone()).toInstant());
  }

  /** {@code deadline}, or {@link #NEVER} without one: for an SLA timer on a task whose due date may be missing. */
  public Date orNever(Date deadline) {
    return deadline != null ? deadline : Date.from(NEVER);
  }

  /**
   * The day {@code isoDuration} after the start of {@code from} in the centre's time zone: the latest
   * day a promise may name when a table gives how far ahead (a parts promise, a replacement car).
   */
  public LocalDate dayAfter(LocalDate from, String isoDuration) {
    Date start = Date.from(from.atStartOfDay(centre.zone()).toInstant());
    return LocalDate.ofInstant(after(start, isoDuration).toInstant(), centre.zone());
  }

  /** The instant {@code isoDuration} before {@code end}, e.g. a reminder before a deadline. */
  public Date before(Date end, String isoDuration) {
    Date later = after(end, isoDuration);
    return new Date(2 * end.getTime() - later.getTime());
  }

  /** The instant {@code isoDuration} (PT2H, P3D, P1DT12H …) after {@code start}. */
  public Date after(Date start, String isoDuration) {
    if (start == null || isoDuration == null || isoDuration.isBlank()) {
      throw new IllegalArgumentException("a deadline needs a start and an ISO-8601 duration");
    }
    String text = isoDuration.trim();
    int timePart = text.indexOf('T');
    Period period = timePart < 0 ? Period.parse(text)
        : timePart == 1 ? Period.ZERO : Period.parse(text.substring(0, timePart));
    Duration duration = timePart < 0 ? Duration.ZERO : Duration.parse("P" + text.substring(timePart));
    return Date.from(start.toInstant().atOffset(ZoneOffset.UTC).plus(period).plus(duration).toInstant());
  }

  /**
   * {@link #after}, or {@code null} when a decision table gave no duration: e.g. a standard promise
   * has no pre-approval window, so it gets no deadline.
   */
  public Date afterIfAny(Date start, String isoDuration) {
    return isoDuration == null || isoDuration.isBlank() ? null : after(start, isoDuration);
  }
}
