package com.aftersales.bpm.report;

import com.aftersales.bpm.report.RescueReport.Share;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Parts of a whole as the monthly reports show them (the rescue report, the capability report). */
public final class Shares {

  private Shares() {}

  /** {@code part} of {@code whole} in percent, to 0.1; null when there is no whole. */
  public static BigDecimal percent(int part, int whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** The cases' root causes, most frequent first (ties by name), each with its share of the named causes. */
  public static List<Share> byRootCause(Collection<RescueCase> cases) {
    Map<String, Long> counts = cases.stream().filter(c -> c.rootCause() != null)
        .collect(Collectors.groupingBy(RescueCase::rootCause, Collectors.counting()));
    int total = counts.values().stream().mapToInt(Long::intValue).sum();
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new Share(e.getKey(), e.getValue().intValue(), percent(e.getValue().intValue(), total))).toList();
  }
}
