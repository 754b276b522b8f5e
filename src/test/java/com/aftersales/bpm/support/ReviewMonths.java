package com.aftersales.bpm.support;

import java.time.YearMonth;
import java.time.ZoneId;

/** Months a store manager may open a joint case review of, for the API tests. */
public final class ReviewMonths {

  private ReviewMonths() {}

  /**
   * The month {@code months} (1 to 12) back in the centre's time zone, one the start form offers
   * and checkReviewMonth accepts. The tests share one database and a month can be reviewed once:
   * each test takes its own.
   */
  public static String monthsAgo(int months) {
    return YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(months).toString();
  }
}
