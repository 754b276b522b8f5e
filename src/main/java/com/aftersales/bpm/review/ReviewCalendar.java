package com.aftersales.bpm.review;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.Months;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import com.aftersales.bpm.engine.EngineClock;
import org.springframework.beans.factory.annotation.Value;

/**
 * Dates of the joint case review for the models: its monthly schedule (a property, so a centre can
 * move the meeting without editing the model), the month it reviews, and action deadlines.
 */
@ModelBean("reviewCalendar")
public class ReviewCalendar {

  /** How a refusal names the start form's field: its label as staff read it, and the key. */
  static final String MONTH_FIELD = "'Month reviewed / 复盘月份' (" + ReviewVariables.REVIEW_MONTH.name() + ")";
  private static final Pattern YYYY_MM = Pattern.compile("[0-9]{4}-[0-9]{2}");

  private final String cycle;
  private final CentreTimeZone centre;

  public ReviewCalendar(@Value("${aftersales.review.cycle}") String cycle, CentreTimeZone centre) {
    this.cycle = cycle;
    this.centre = centre;
  }

  /** The timer cycle of the monthly review (default: first Monday at 10:00). */
  public String cycle() {
    return cycle;
  }

  /** The month before the engine's current time: what a review held now looks back on. */
  public YearMonth previousMonth() {
    return centre.monthOf(EngineClock.instant()).minusMonths(1);
  }

  /**
   * The month a review may look back on: the given YYYY-MM (none: the previous month), which must
   * have ended by the engine's clock in the centre's time zone, since its cases and figures are
   * complete only then. Refused with a {@link FormRuleViolation} naming the start form's field.
   */
  public YearMonth reviewMonth(String given) {
    YearMonth latest = previousMonth();
    if (given == null || given.isBlank()) {
      return latest;
    }
    YearMonth month;
    try {
      month = YYYY_MM.matcher(given.strip()).matches() ? YearMonth.parse(given.strip()) : null;
    } catch (DateTimeParseException e) {
      month = null;
    }
    if (month == null || month.isBefore(Months.EARLIEST)) {
      throw new FormRuleViolation(MONTH_FIELD + " must be YYYY-MM from " + Months.EARLIEST + ", e.g. " + latest
          + ", not '" + given + "'");
    }
    if (month.isAfter(latest)) {
      throw new FormRuleViolation(MONTH_FIELD + ": " + month + " has not ended yet; a review looks back on a month"
          + " that is over, " + latest + " or earlier / 只能复盘已结束的月份");
    }
    return month;
  }
}
