package com.aftersales.bpm.report;

import com.aftersales.bpm.report.RescueReport.Share;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Parts of a whole as the monthly reports show them (the rescue report, the capability report). */
public final class Shares {

  private Shares() {}

  /** The cases' root causes, most frequent first (ties by name), each with its share of the named causes. */
  public static List<Share> byRootCause(Collection<RescueCase> cases) {
    Map<String, Long> counts = cases.stream().filter(c -> c.rootCause() != null)
        .collect(Collectors.groupingBy(RescueCase::rootCause, Collectors.counting()));
    int total = counts.values().stream().mapToInt(Long::intValue).sum();
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new Share(e.getKey(), e.getValue().intValue(), ReportFigures.pct(e.getValue().intValue(), total))).toList();
  }

  /** How many of the cases have a sales promise not kept as their root cause ({@link RescueCase#salesPromise}). */
  public static int salesPromises(Collection<RescueCase> cases) {
    return (int) cases.stream().filter(RescueCase::salesPromise).count();
  }
}
