package com.aftersales.bpm.operations;

import com.aftersales.bpm.engine.CaseWatcher;
import com.aftersales.bpm.engine.EngineCommand;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Counts, for every deployed process, the instances started and the SLA deadlines missed (the same
 * breaches the case records: the timer fired, or the step it guards ended after its due date
 * without it firing). The counters are registered when a model is parsed, so each series exists at
 * 0 before its first case. A start or a timer whose transaction rolls back (a failed intake, a
 * failed step after a timer, a retried job) counts nothing: counts are taken after commit.
 */
class CaseMetrics implements CaseWatcher {

  private final MeterRegistry meters;

  CaseMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void modelParsed(String processKey, java.util.List<String> slaTimerIds) {
    started(processKey);
    slaTimerIds.forEach(timerId -> breaches(processKey, timerId));
  }

  @Override
  public void caseStarted(DelegateExecution execution, String processKey, boolean hasSlaTimers) {
    Counter started = started(processKey);
    EngineCommand.afterCommit(started::increment);
  }

  @Override
  public void slaMissed(DelegateExecution execution, String processKey, String timerId) {
    Counter breaches = breaches(processKey, timerId);
    EngineCommand.afterCommit(breaches::increment);
  }

  private Counter started(String processKey) {
    return Counter.builder(OperationsMetrics.CASES_STARTED)
        .description("Process instances started (counted when the start commits)")
        .tag("process", processKey).register(meters);
  }

  private Counter breaches(String processKey, String timerId) {
    return Counter.builder(OperationsMetrics.SLA_BREACHES)
        .description("SLA deadlines missed: the timer fired, or the step ended after it (counted when the step commits)")
        .tag("process", processKey).tag("sla", timerId).register(meters);
  }
}
