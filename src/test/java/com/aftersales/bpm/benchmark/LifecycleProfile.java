package com.aftersales.bpm.benchmark;

import com.aftersales.bpm.benchmark.Lifecycles.Side;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Where one kind of lifecycle ({@code -Dprofile.kind=parts|rescue}) spends its time, ours against
 * its bare twin in one JVM ({@link Lifecycles}): one client, so the figures do not depend on how
 * busy the machine is — the client thread's CPU time per case, SQL statements and the time spent
 * executing them by kind, a JFR recording per side (target/benchmark/profile-*.jfr) and its hot
 * methods; then four clients under JFR for the lock and monitor waits. On demand:
 * {@code mvn -B test -Dtest=LifecycleProfile -DskipJsChecks -Dprofile.kind=parts -Dprofile.cases=20}.
 * Results: target/benchmark/profile-{kind}.txt, written by {@link ProfileReport}; what is read from
 * the recordings: {@link JfrFindings}; the per-step sums: {@link StepTimes}.
 */
@BenchmarkApplication
class LifecycleProfile {

  private static final String KIND = System.getProperty("profile.kind", "parts");
  private static final int CASES = Integer.getInteger("profile.cases", 20);
  private static final Path OUT = Path.of("target", "benchmark");

  @Autowired ApplicationContext context;
  private final AtomicInteger serial = new AtomicInteger();
  private final ProfileReport report = new ProfileReport(CASES);

  @Test
  void oursAgainstTheBareTwin() throws Exception {
    Lifecycles cases = Lifecycles.withBareTwins(context).learnBareStarts("PROFILE");
    Files.createDirectories(OUT);
    for (int warm = 0; warm < 3; warm++) {
      for (Side side : Side.values()) {
        run(cases, side, CASES);
      }
    }
    if (Boolean.getBoolean("profile.interleaved")) {
      interleaved(cases);
      return;
    }
    Map<Side, Map<String, Long>> counts = new HashMap<>();
    Map<Side, Map<String, Long>> nanos = new HashMap<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (Side side : List.of(Side.OURS, Side.BARE, Side.OURS, Side.BARE)) {
      StatementCounter.reset();
      StatementCounter.counting = true;
      StepTimes.on = true;
      Path jfr = OUT.resolve("profile-" + KIND + "-" + side.name().toLowerCase(Locale.ROOT) + ".jfr");
      long wall;
      long cpu;
      try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
        recording.enable("jdk.JavaExceptionThrow").withStackTrace();
        recording.start();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        run(cases, side, CASES);
        wall = System.nanoTime() - t0;
        cpu = threads.getCurrentThreadCpuTime() - cpu0;
        recording.stop();
        recording.dump(jfr);
      } finally {
        StatementCounter.counting = false;
        StepTimes.on = false;
      }
      counts.put(side, StatementCounter.counts());
      nanos.put(side, StatementCounter.nanos());
      report.line("%s, one client: %.1f ms per case wall, %.1f ms CPU of the client thread, %.0f statements, %.1f ms in them",
          side, wall / 1e6 / CASES, cpu / 1e6 / CASES, sum(counts.get(side)) / (double) CASES,
          sum(nanos.get(side)) / 1e6 / CASES);
      JfrFindings.hotMethods(jfr, CASES, report);
    }
    report.stepsTable(1);
    report.statementsTable(counts, nanos);

    for (Side side : Boolean.parseBoolean(System.getProperty("profile.fourClients", "true")) ? Side.values() : new Side[0]) {
      Path jfr = OUT.resolve("profile-" + KIND + "-" + side.name().toLowerCase(Locale.ROOT) + "-4clients.jfr");
      double rate;
      try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
        recording.enable("jdk.ThreadPark").withThreshold(java.time.Duration.ofMillis(1));
        recording.enable("jdk.JavaMonitorEnter").withThreshold(java.time.Duration.ofMillis(1));
        recording.start();
        rate = Parallel.rate(4, CASES, i -> one(cases, side));
        recording.stop();
        recording.dump(jfr);
      }
      report.line("%n%s, four clients: %.2f cases per second", side, rate);
      JfrFindings.waits(jfr, report);
    }
    report.write(OUT.resolve("profile-" + KIND + ".txt"));
  }

  /** Ours and bare case by case (ours, bare, bare, ours, ...), so a change in the machine's load hits both alike. */
  private void interleaved(Lifecycles cases) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Side, long[]> spent = Map.of(Side.OURS, new long[2], Side.BARE, new long[2]);
    StepTimes.CPU.clear();
    StepTimes.BYTES.clear();
    StepTimes.STATEMENTS.clear();
    StatementCounter.reset();
    StatementCounter.counting = true;
    StepTimes.on = true;
    try {
      for (int i = 0; i < 2 * CASES; i++) {
        Side side = i % 4 == 0 || i % 4 == 3 ? Side.OURS : Side.BARE;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        one(cases, side);
        spent.get(side)[0] += System.nanoTime() - t0;
        spent.get(side)[1] += threads.getCurrentThreadCpuTime() - cpu0;
      }
    } finally {
      StatementCounter.counting = false;
      StepTimes.on = false;
    }
    for (Side side : Side.values()) {
      report.line("%s, one client, interleaved: %.1f ms per case wall, %.1f ms CPU", side, spent.get(side)[0] / 1e6 / CASES,
          spent.get(side)[1] / 1e6 / CASES);
    }
    report.stepsTable(2);
    report.write(OUT.resolve("profile-" + KIND + "-interleaved.txt"));
  }

  private void run(Lifecycles cases, Side side, int n) {
    for (int i = 0; i < n; i++) {
      one(cases, side);
    }
  }

  private void one(Lifecycles cases, Side side) {
    String id = "PF-" + side + "-" + serial.incrementAndGet();
    if (KIND.equals("rescue")) {
      cases.rescue(side, id);
    } else {
      cases.parts(side, id);
    }
  }

  private static long sum(Map<String, Long> values) {
    return values.values().stream().mapToLong(Long::longValue).sum();
  }
}
