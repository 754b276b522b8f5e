package com.aftersales.bpm.engine;

import java.util.List;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;

/**
 * The engine's own metrics registry, which also tells listeners of the counts it marks as they
 * happen. The engine writes its counts to {@code ACT_RU_METER_LOG} only every 15 minutes; hearing
 * them here needs no query and no wait.
 */
final class MetricOccurrences extends MetricsRegistry {

  private final List<BiConsumer<String, Long>> listeners;

  MetricOccurrences(List<BiConsumer<String, Long>> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void markOccurrence(String name, long times) {
    super.markOccurrence(name, times);
    listeners.forEach(listener -> listener.accept(name, times));
  }
}
