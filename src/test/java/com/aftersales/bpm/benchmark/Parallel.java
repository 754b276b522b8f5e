package com.aftersales.bpm.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs {@code n} numbered units of work on {@code threads} clients; returns units per second. */
final class Parallel {

  private Parallel() {}

  static double rate(int threads, int n, IntConsumer work) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    try {
      long t0 = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(clients.submit(() -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            work.accept(i);
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      return n / ((System.nanoTime() - t0) / 1e9);
    } finally {
      clients.shutdownNow();
    }
  }
}
