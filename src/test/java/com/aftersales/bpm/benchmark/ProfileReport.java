package com.aftersales.bpm.benchmark;

import com.aftersales.bpm.benchmark.Lifecycles.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The text {@link LifecycleProfile} writes (target/benchmark/profile-*.txt): its lines, the
 * statements by kind of ours against the bare twin, and the per-step table of {@link StepTimes}.
 */
final class ProfileReport {

  private final int cases;
  private final StringBuilder text = new StringBuilder();

  /** @param cases the cases each side ran per measured run, which the figures are divided by */
  ProfileReport(int cases) {
    this.cases = cases;
  }

  void line(String format, Object... args) {
    text.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  /** Statements by kind, per case, the most time-consuming of ours first. */
  void statementsTable(Map<Side, Map<String, Long>> counts, Map<Side, Map<String, Long>> nanos) {
    line("%nstatements by kind, per case: count ours / bare, ms ours / bare (the last run of each side)");
    TreeSet<String> kinds = new TreeSet<>(counts.get(Side.OURS).keySet());
    kinds.addAll(counts.get(Side.BARE).keySet());
    kinds.stream().sorted((a, b) -> Long.compare(nanos.get(Side.OURS).getOrDefault(b, 0L),
        nanos.get(Side.OURS).getOrDefault(a, 0L))).forEach(k -> line("  %-40s %6.1f / %6.1f   %7.2f / %7.2f", k,
        counts.get(Side.OURS).getOrDefault(k, 0L) / (double) cases, counts.get(Side.BARE).getOrDefault(k, 0L) / (double) cases,
        nanos.get(Side.OURS).getOrDefault(k, 0L) / 1e6 / cases, nanos.get(Side.BARE).getOrDefault(k, 0L) / 1e6 / cases));
  }

  /** @param divisor 1 when the sums of {@link StepTimes} hold two runs of {@code cases} per side, 2 when they hold one */
  void stepsTable(int divisor) {
    line("%nper step and case (both runs of each side), ours / bare: CPU ms of the client; KB it allocated; statements"
        + " (kinds that differ by at least 0.5)");
    StepTimes.CPU.keySet().stream().filter(k -> k.startsWith("OURS ")).map(k -> k.substring(5)).sorted()
        .forEach(step -> {
          line("  %-32s %7.2f / %7.2f   %8.0f / %8.0f", step, perCase(StepTimes.CPU, "OURS " + step) * divisor / 1e6,
              perCase(StepTimes.CPU, "BARE " + step) * divisor / 1e6, perCase(StepTimes.BYTES, "OURS " + step) * divisor / 1024,
              perCase(StepTimes.BYTES, "BARE " + step) * divisor / 1024);
          TreeSet<String> stepKinds = new TreeSet<>();
          StepTimes.STATEMENTS.keySet().stream().filter(k -> k.substring(5).startsWith(step + "|"))
              .forEach(k -> stepKinds.add(k.substring(k.indexOf('|') + 1)));
          stepKinds.forEach(kind -> {
            double ours = perCase(StepTimes.STATEMENTS, "OURS " + step + "|" + kind) * divisor;
            double bare = perCase(StepTimes.STATEMENTS, "BARE " + step + "|" + kind) * divisor;
            if (Math.abs(ours - bare) >= 0.5) {
              line("      %-36s %5.1f / %5.1f", kind, ours, bare);
            }
          });
        });
  }

  private double perCase(Map<String, java.util.concurrent.atomic.LongAdder> values, String key) {
    java.util.concurrent.atomic.LongAdder value = values.get(key);
    return value == null ? 0 : value.sum() / 2.0 / cases;
  }

  /** Writes the text to {@code file} and prints it. */
  void write(Path file) throws IOException {
    Files.writeString(file, text);
    System.out.println(text);
  }
}
