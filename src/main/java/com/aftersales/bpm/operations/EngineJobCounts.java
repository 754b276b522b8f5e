package com.aftersales.bpm.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.management.Metrics;

/**
 * A few of the counts the engine marks in its own metrics, handed to Micrometer as they happen:
 * the engine writes its counts to its meter log only every 15 minutes; these need no query and
 * no wait.
 */
class EngineJobCounts implements BiConsumer<String, Long> {

  private final Map<String, Counter> mirrored;

  EngineJobCounts(MeterRegistry meters) {
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
  public void accept(String name, Long times) {
    Counter counter = mirrored.get(name);
    if (counter != null) {
      counter.increment(times);
    }
  }
}
