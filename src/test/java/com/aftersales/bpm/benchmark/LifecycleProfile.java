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
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
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
 * Results: target/benchmark/profile-{kind}.txt.
 */
@BenchmarkApplication
class LifecycleProfile {

  private static final String KIND = System.getProperty("profile.kind", "parts");
  private static final int CASES = Integer.getInteger("profile.cases", 20);
  private static final Path OUT = Path.of("target", "benchmark");

  @Autowired ApplicationContext context;
  private final AtomicInteger serial = new AtomicInteger();
  private final StringBuilder report = new StringBuilder();

  @Test
  void oursAgainstTheBareTwin() throws Exception {
    BareModels.deploy(context, "lowScoreRescue");
    BareModels.deploy(context, "partsShortageEscalation");
    Lifecycles cases = new Lifecycles(context);
    cases.learnBareStarts("PROFILE");
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
      Lifecycles.timingSteps = true;
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
        Lifecycles.timingSteps = false;
      }
      counts.put(side, StatementCounter.counts());
      nanos.put(side, StatementCounter.nanos());
      line("%s, one client: %.1f ms per case wall, %.1f ms CPU of the client thread, %.0f statements, %.1f ms in them",
          side, wall / 1e6 / CASES, cpu / 1e6 / CASES, sum(counts.get(side)) / (double) CASES,
          sum(nanos.get(side)) / 1e6 / CASES);
      hotMethods(jfr);
    }
    stepsTable(1);
    line("%nstatements by kind, per case: count ours / bare, ms ours / bare (the last run of each side)");
    TreeSet<String> kinds = new TreeSet<>(counts.get(Side.OURS).keySet());
    kinds.addAll(counts.get(Side.BARE).keySet());
    kinds.stream().sorted((a, b) -> Long.compare(nanos.get(Side.OURS).getOrDefault(b, 0L),
        nanos.get(Side.OURS).getOrDefault(a, 0L))).forEach(k -> line("  %-40s %6.1f / %6.1f   %7.2f / %7.2f", k,
        counts.get(Side.OURS).getOrDefault(k, 0L) / (double) CASES, counts.get(Side.BARE).getOrDefault(k, 0L) / (double) CASES,
        nanos.get(Side.OURS).getOrDefault(k, 0L) / 1e6 / CASES, nanos.get(Side.BARE).getOrDefault(k, 0L) / 1e6 / CASES));

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
      line("%n%s, four clients: %.2f cases per second", side, rate);
      waits(jfr);
    }
    Files.writeString(OUT.resolve("profile-" + KIND + ".txt"), report);
    System.out.println(report);
  }

  /** Ours and bare case by case (ours, bare, bare, ours, ...), so a change in the machine's load hits both alike. */
  private void interleaved(Lifecycles cases) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Side, long[]> spent = Map.of(Side.OURS, new long[2], Side.BARE, new long[2]);
    Lifecycles.STEP_CPU.clear();
    Lifecycles.STEP_BYTES.clear();
    Lifecycles.STEP_STATEMENTS.clear();
    StatementCounter.reset();
    StatementCounter.counting = true;
    Lifecycles.timingSteps = true;
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
      Lifecycles.timingSteps = false;
    }
    for (Side side : Side.values()) {
      line("%s, one client, interleaved: %.1f ms per case wall, %.1f ms CPU", side, spent.get(side)[0] / 1e6 / CASES,
          spent.get(side)[1] / 1e6 / CASES);
    }
    stepsTable(2);
    Files.writeString(OUT.resolve("profile-" + KIND + "-interleaved.txt"), report);
    System.out.println(report);
  }

  private void stepsTable(int divisor) {
    line("%nper step and case (both runs of each side), ours / bare: CPU ms of the client; KB it allocated; statements"
        + " (kinds that differ by at least 0.5)");
    Lifecycles.STEP_CPU.keySet().stream().filter(k -> k.startsWith("OURS ")).map(k -> k.substring(5)).sorted()
        .forEach(step -> {
          line("  %-32s %7.2f / %7.2f   %8.0f / %8.0f", step, perCase(Lifecycles.STEP_CPU, "OURS " + step) * divisor / 1e6,
              perCase(Lifecycles.STEP_CPU, "BARE " + step) * divisor / 1e6, perCase(Lifecycles.STEP_BYTES, "OURS " + step) * divisor / 1024,
              perCase(Lifecycles.STEP_BYTES, "BARE " + step) * divisor / 1024);
          TreeSet<String> stepKinds = new TreeSet<>();
          Lifecycles.STEP_STATEMENTS.keySet().stream().filter(k -> k.substring(5).startsWith(step + "|"))
              .forEach(k -> stepKinds.add(k.substring(k.indexOf('|') + 1)));
          stepKinds.forEach(kind -> {
            double ours = perCase(Lifecycles.STEP_STATEMENTS, "OURS " + step + "|" + kind) * divisor;
            double bare = perCase(Lifecycles.STEP_STATEMENTS, "BARE " + step + "|" + kind) * divisor;
            if (Math.abs(ours - bare) >= 0.5) {
              line("      %-36s %5.1f / %5.1f", kind, ours, bare);
            }
          });
        });
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

  /** The methods the client thread was sampled in: self (top frame) and, of ours, anywhere on the stack. */
  private void hotMethods(Path jfr) throws Exception {
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> within = new HashMap<>();
    Map<String, Integer> allocated = new HashMap<>();
    Map<String, Integer> thrown = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      String name = event.getEventType().getName();
      if (name.equals("jdk.JavaExceptionThrow") && event.getThread() != null
          && "main".equals(event.getThread().getJavaName())) {
        String where = stack.getFrames().stream().map(LifecycleProfile::frame)
            .filter(f -> !f.startsWith("java.") && !f.startsWith("jdk.") && !f.startsWith("sun.")).limit(5)
            .reduce((a, b) -> a + " < " + b).orElse("?");
        thrown.merge(event.getClass("thrownClass").getName() + " at " + where, 1, Integer::sum);
      } else if (name.equals("jdk.ExecutionSample")) {
        samples++;
        self.merge(frame(stack.getFrames().get(0)), 1, Integer::sum);
        stack.getFrames().stream().map(LifecycleProfile::frame).filter(LifecycleProfile::interesting).distinct()
            .forEach(f -> within.merge(f, 1, Integer::sum));
      } else if (name.equals("jdk.ObjectAllocationSample")) {
        stack.getFrames().stream().map(LifecycleProfile::frame).filter(f -> f.startsWith("com.aftersales")).findFirst()
            .ifPresent(f -> allocated.merge(f, (int) (event.getLong("weight") / 1024), Integer::sum));
      }
    }
    line("  %d CPU samples; top self:", samples);
    top(self, 15).forEach(e -> line("    %5d %s", e.getValue(), e.getKey()));
    line("  within (ours, H2 commands, engine commands):");
    top(within, 30).forEach(e -> line("    %5d %s", e.getValue(), e.getKey()));
    line("  exceptions constructed by the client (per case):");
    top(thrown, 8).forEach(e -> line("    %6.1f %s", e.getValue() / (double) CASES, e.getKey()));
    line("  allocation (KB, first frame of ours):");
    top(allocated, 10).forEach(e -> line("    %8d %s", e.getValue(), e.getKey()));
  }

  private void waits(Path jfr) throws Exception {
    Map<String, Long> waited = new HashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
      String name = event.getEventType().getName();
      if ((name.equals("jdk.ThreadPark") || name.equals("jdk.JavaMonitorEnter")) && event.getStackTrace() != null
          && event.getThread() != null && event.getThread().getJavaName() != null
          && event.getThread().getJavaName().startsWith("pool-")
          && event.getStackTrace().getFrames().stream().noneMatch(f -> frame(f).endsWith("ThreadPoolExecutor.getTask"))) {
        String where = event.getStackTrace().getFrames().stream().map(LifecycleProfile::frame)
            .filter(f -> !f.startsWith("java.") && !f.startsWith("jdk.") && !f.startsWith("sun.")).limit(3)
            .reduce((a, b) -> a + " < " + b).orElse("?");
        waited.merge(name.substring(4) + " " + where, event.getDuration().toMillis(), Long::sum);
      }
    }
    line("  waits of the clients (ms, at least 1 ms each):");
    top(waited, 12).forEach(e -> line("    %7d %s", e.getValue(), e.getKey()));
  }

  private static <V extends Comparable<V>> List<Map.Entry<String, V>> top(Map<String, V> counts, int n) {
    return counts.entrySet().stream().sorted(Map.Entry.<String, V>comparingByValue().reversed()).limit(n).toList();
  }

  private static String frame(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static boolean interesting(String frame) {
    return frame.startsWith("com.aftersales") || frame.startsWith("org.h2.command.")
        || (frame.startsWith("org.camunda.bpm.engine.impl.cmd.") && frame.endsWith(".execute"))
        || frame.startsWith("org.camunda.bpm.dmn.") && frame.endsWith("evaluateDecision")
        || frame.contains("DbSqlSession.") || frame.contains("DbEntityManager.flush");
  }

  private static double perCase(Map<String, java.util.concurrent.atomic.LongAdder> values, String key) {
    java.util.concurrent.atomic.LongAdder value = values.get(key);
    return value == null ? 0 : value.sum() / 2.0 / CASES;
  }

  private static long sum(Map<String, Long> values) {
    return values.values().stream().mapToLong(Long::longValue).sum();
  }

  private void line(String format, Object... args) {
    report.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
