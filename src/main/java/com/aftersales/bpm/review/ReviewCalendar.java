package com.aftersales.bpm.review;

import com.aftersales.bpm.common.ModelBean;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;

/**
 * Dates of the joint case review for the models: its monthly schedule (a property, so a centre can
 * move the meeting without editing the model), the month it reviews, and action deadlines.
 */
@ModelBean("reviewCalendar")
public class ReviewCalendar {

  private final String cycle;
  private final ZoneId zone;

  public ReviewCalendar(@Value("${aftersales.review.cycle}") String cycle,
      @Value("${aftersales.time-zone}") String zone) {
    this.cycle = cycle;
    this.zone = ZoneId.of(zone);
  }

  /** The timer cycle of the monthly review (default: first Monday at 10:00). */
  public String cycle() {
    return cycle;
  }

  /** The month before the engine's current time: what a review held now looks back on. */
  public YearMonth previousMonth() {
    return YearMonth.from(ClockUtil.getCurrentTime().toInstant().atZone(zone)).minusMonths(1);
  }

  /** An action is due at the end of its deadline day in the centre's time zone. */
  public Date endOfDay(String isoDate) {
    return Date.from(LocalDate.parse(isoDate.substring(0, 10)).plusDays(1).atStartOfDay(zone).toInstant());
  }
}
