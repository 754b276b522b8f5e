package com.aftersales.bpm.benchmark;

import com.aftersales.bpm.benchmark.Lifecycles.Side;
import java.util.Map;

/**
 * While {@link #on}, what each named step of a parts order ({@link Lifecycles#parts}) costs the calling thread, by side and step:
 * CPU time (nanoseconds), bytes allocated and SQL statements by kind ({@link StatementCounter}).
 * {@link LifecycleProfile} switches it on and reads the sums.
 */
final class StepTimes {

  static volatile boolean on;
  static final Map<String, java.util.concurrent.atomic.LongAdder> CPU = new java.util.concurrent.ConcurrentHashMap<>();
  static final Map<String, java.util.concurrent.atomic.LongAdder> BYTES = new java.util.concurrent.ConcurrentHashMap<>();
  static final Map<String, java.util.concurrent.atomic.LongAdder> STATEMENTS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  private StepTimes() {}

  static void step(Side side, String name, Runnable work) {
    step(side, name, () -> {
      work.run();
      return null;
    });
  }

  static <T> T step(Side side, String name, java.util.function.Supplier<T> work) {
    if (!on) {
      return work.get();
    }
    long cpu = THREADS.getCurrentThreadCpuTime();
    com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) THREADS;
    long bytes = allocation.getCurrentThreadAllocatedBytes();
    Map<String, Long> statements = StatementCounter.counts();
    try {
      return work.get();
    } finally {
      CPU.computeIfAbsent(side + " " + name, k -> new java.util.concurrent.atomic.LongAdder())
          .add(THREADS.getCurrentThreadCpuTime() - cpu);
      BYTES.computeIfAbsent(side + " " + name, k -> new java.util.concurrent.atomic.LongAdder())
          .add(allocation.getCurrentThreadAllocatedBytes() - bytes);
      StatementCounter.counts().forEach((kind, n) -> STATEMENTS.computeIfAbsent(side + " " + name + "|" + kind,
          k -> new java.util.concurrent.atomic.LongAdder()).add(n - statements.getOrDefault(kind, 0L)));
    }
  }
}
