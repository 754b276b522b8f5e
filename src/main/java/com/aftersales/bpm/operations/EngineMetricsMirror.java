package com.aftersales.bpm.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;

/**
 * The engine's own metrics registry, which also hands a few of the counts it marks to Micrometer as
 * they happen. The engine writes its counts to {@code ACT_RU_METER_LOG} only every 15 minutes;
 * reading them here needs no query and no wait.
 */
class EngineMetricsMirror extends MetricsRegistry {

  private final Map<String, Counter> mirrored;

  EngineMetricsMirror(MeterRegistry meters) {
    this.mirrored = Map.of(
        Metrics.JOB_SUCCESSFUL, executions(meters, "successful"),
        Metrics.JOB_FAILED, executions(meters, "failed"),
        Metrics.JOB_EXECUTION_REJECTED, Counter.builder(OperationsMetrics.ENGINE_JOBS_REJECTED)
            .description("Jobs acquired that the job executor's pool could not take (Camunda's job-execution-rejected)")
            .register(meters));
  }

  private static Counter executions(MeterRegistry meters, String outcome) {
    return Counter.builder(OperationsMetrics.ENGINE_JOB_EXECUTIONS)
        .description("Job executions as the engine counts them (Camunda's job-successful, job-failed)")
        .tag("outcome", outcome).register(meters);
  }

  @Override
  public void markOccurrence(String name, long times) {
    super.markOccurrence(name, times);
    Counter counter = mirrored.get(name);
    if (counter != null) {
      counter.increment(times);
    }
  }
}
