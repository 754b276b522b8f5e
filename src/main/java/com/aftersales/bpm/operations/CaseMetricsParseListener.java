package com.aftersales.bpm.operations;

import com.aftersales.bpm.audit.SlaParseListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Counts, for every deployed process, the instances started and the SLA deadlines missed (the same
 * breaches {@link SlaParseListener} records on the case: the timer fired, or the step it guards
 * ended after its due date without it firing). The counters are registered when a model is parsed,
 * so each series exists at 0 before its first case, and each model is counted without a listener
 * of its own.
 */
class CaseMetricsParseListener extends AbstractBpmnParseListener {

  private final MeterRegistry meters;

  CaseMetricsParseListener(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void parseProcess(Element element, ProcessDefinitionEntity process) {
    Counter started = Counter.builder(OperationsMetrics.CASES_STARTED)
        .description("Process instances started (counted when the start commits)")
        .tag("process", process.getKey()).register(meters);
    process.addBuiltInListener(ExecutionListener.EVENTNAME_START, execution -> AfterCommit.increment(started));
    // deadlines missed although their timer never fired, counted as the step they guard ends
    SlaParseListener.onMissedWithoutTimer(process, (execution, timerId) -> AfterCommit.increment(breaches(process, timerId)));
  }

  @Override
  public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    countIfSla(element, activity);
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    countIfSla(element, activity);
  }

  private void countIfSla(Element element, ActivityImpl activity) {
    if (SlaParseListener.slaDeadline(element) == null) {
      return;
    }
    Counter breaches = breaches((ProcessDefinitionEntity) activity.getProcessDefinition(), activity.getId());
    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, execution -> AfterCommit.increment(breaches));
  }

  private Counter breaches(ProcessDefinitionEntity process, String timerId) {
    return Counter.builder(OperationsMetrics.SLA_BREACHES)
        .description("SLA deadlines missed: the timer fired, or the step ended after it (counted when the step commits)")
        .tag("process", process.getKey()).tag("sla", timerId).register(meters);
  }
}
