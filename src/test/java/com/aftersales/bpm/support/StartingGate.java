package com.aftersales.bpm.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two pieces of work released together on a latch, each on its own thread, for the race tests: both
 * wait at the gate, it opens, and their results come back in order. The threads stop after each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * final StartingGate gate = new StartingGate();
 * }</pre>
 */
public final class StartingGate implements AfterEachCallback, AutoCloseable {

  private static final long WAIT_SECONDS = 60;

  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  /** Both results, in the order the work was given. */
  public record Results<A, B>(A first, B second) {}

  /** Runs both at the same moment. */
  public <A, B> Results<A, B> together(Callable<A> first, Callable<B> second) throws Exception {
    return together(first, Duration.ZERO, second);
  }

  /** Runs both from the same moment, the second {@code secondAfter} later (a sweep across the first's work). */
  public <A, B> Results<A, B> together(Callable<A> first, Duration secondAfter, Callable<B> second) throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    Future<A> one = threads.submit(() -> {
      gate.await();
      return first.call();
    });
    Future<B> other = threads.submit(() -> {
      gate.await();
      LockSupport.parkNanos(secondAfter.toNanos());
      return second.call();
    });
    gate.countDown();
    return new Results<>(one.get(WAIT_SECONDS, TimeUnit.SECONDS), other.get(WAIT_SECONDS, TimeUnit.SECONDS));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
