package com.aftersales.bpm.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The report's arithmetic, apart from the tables it reads so that it is tested on its own: rates as
 * percentages with one decimal (half up), nearest-rank percentiles rounded to 0.1.
 */
public final class ReportFigures {

  private ReportFigures() {}

  /** {@code part} of {@code whole} in percent with one decimal; null when there is nothing to divide by. */
  public static BigDecimal pct(int part, int whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** Net promoter score: promoters minus detractors in percent of the answers, one decimal; null without answers. */
  public static BigDecimal nps(int promoters, int detractors, int answers) {
    return pct(promoters - detractors, answers);
  }

  /** Nearest-rank percentile of sorted values, rounded to 0.1; null when empty. */
  public static Double percentile(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return Math.round(sorted.get(Math.max(0, rank - 1)) * 10) / 10.0;
  }
}
