package com.aftersales.bpm.benchmark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What {@link LifecycleProfile} reads from its JFR recordings into its {@link ProfileReport}: the
 * client's hot methods, exceptions and allocation (one client), and the clients' waits (four).
 */
final class JfrFindings {

  private JfrFindings() {}

  /** The methods the client thread was sampled in: self (top frame) and, of ours, anywhere on the stack. */
  static void hotMethods(Path jfr, int cases, ProfileReport report) throws Exception {
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
        String where = stack.getFrames().stream().map(JfrFindings::frame)
            .filter(f -> !f.startsWith("java.") && !f.startsWith("jdk.") && !f.startsWith("sun.")).limit(5)
            .reduce((a, b) -> a + " < " + b).orElse("?");
        thrown.merge(event.getClass("thrownClass").getName() + " at " + where, 1, Integer::sum);
      } else if (name.equals("jdk.ExecutionSample")) {
        samples++;
        self.merge(frame(stack.getFrames().get(0)), 1, Integer::sum);
        stack.getFrames().stream().map(JfrFindings::frame).filter(JfrFindings::interesting).distinct()
            .forEach(f -> within.merge(f, 1, Integer::sum));
      } else if (name.equals("jdk.ObjectAllocationSample")) {
        stack.getFrames().stream().map(JfrFindings::frame).filter(f -> f.startsWith("com.aftersales")).findFirst()
            .ifPresent(f -> allocated.merge(f, (int) (event.getLong("weight") / 1024), Integer::sum));
      }
    }
    report.line("  %d CPU samples; top self:", samples);
    top(self, 15).forEach(e -> report.line("    %5d %s", e.getValue(), e.getKey()));
    report.line("  within (ours, H2 commands, engine commands):");
    top(within, 30).forEach(e -> report.line("    %5d %s", e.getValue(), e.getKey()));
    report.line("  exceptions constructed by the client (per case):");
    top(thrown, 8).forEach(e -> report.line("    %6.1f %s", e.getValue() / (double) cases, e.getKey()));
    report.line("  allocation (KB, first frame of ours):");
    top(allocated, 10).forEach(e -> report.line("    %8d %s", e.getValue(), e.getKey()));
  }

  /** Where the client threads (pool-*) waited 1 ms or more, other than for their next unit of work. */
  static void waits(Path jfr, ProfileReport report) throws Exception {
    Map<String, Long> waited = new HashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
      String name = event.getEventType().getName();
      if ((name.equals("jdk.ThreadPark") || name.equals("jdk.JavaMonitorEnter")) && event.getStackTrace() != null
          && event.getThread() != null && event.getThread().getJavaName() != null
          && event.getThread().getJavaName().startsWith("pool-")
          && event.getStackTrace().getFrames().stream().noneMatch(f -> frame(f).endsWith("ThreadPoolExecutor.getTask"))) {
        String where = event.getStackTrace().getFrames().stream().map(JfrFindings::frame)
            .filter(f -> !f.startsWith("java.") && !f.startsWith("jdk.") && !f.startsWith("sun.")).limit(3)
            .reduce((a, b) -> a + " < " + b).orElse("?");
        waited.merge(name.substring(4) + " " + where, event.getDuration().toMillis(), Long::sum);
      }
    }
    report.line("  waits of the clients (ms, at least 1 ms each):");
    top(waited, 12).forEach(e -> report.line("    %7d %s", e.getValue(), e.getKey()));
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
}
