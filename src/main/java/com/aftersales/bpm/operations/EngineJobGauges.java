package com.aftersales.bpm.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine's job figures, counted in the database when Prometheus scrapes (five count queries,
 * for every node of a cluster alike). The scrape runs with no engine user set, so the counts are
 * not filtered by authorizations: the monitoring account holds none.
 */
@Component
public class EngineJobGauges implements MeterBinder {

  private final ManagementService management;
  private final RuntimeService runtime;

  public EngineJobGauges(ManagementService management, RuntimeService runtime) {
    this.management = management;
    this.runtime = runtime;
  }

  @Override
  public void bindTo(MeterRegistry meters) {
    gauge(meters, OperationsMetrics.JOBS_DUE, "Jobs due now with retries left, not suspended (the job executor's backlog)",
        () -> management.createJobQuery().executable().active().count());
    gauge(meters, OperationsMetrics.TIMERS_DUE, "Timers due now with retries left, not suspended",
        () -> management.createJobQuery().timers().executable().active().count());
    gauge(meters, OperationsMetrics.JOBS_LOCKED, "Jobs locked by a job executor",
        () -> management.createJobQuery().acquired().count());
    gauge(meters, OperationsMetrics.JOBS_NO_RETRIES_LEFT, "Jobs that failed with no retries left",
        () -> management.createJobQuery().noRetriesLeft().count());
    gauge(meters, OperationsMetrics.INCIDENTS_OPEN, "Open incidents",
        () -> runtime.createIncidentQuery().count());
  }

  private static void gauge(MeterRegistry meters, String name, String description, Supplier<Long> count) {
    Gauge.builder(name, count, c -> c.get().doubleValue()).description(description).strongReference(true)
        .register(meters);
  }
}
