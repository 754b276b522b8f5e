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
 * Counts, for every deployed process, the instances started and the SLA timers that fired (the same
 * timers {@link SlaParseListener} records on the case). The counters are registered when a model
 * is parsed, so each series exists at 0 before its first case, and each model is counted without a
 * listener of its own.
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
    Counter breaches = Counter.builder(OperationsMetrics.SLA_BREACHES)
        .description("SLA timers that fired (counted when the step commits)")
        .tag("process", ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey()).tag("sla", activity.getId()).register(meters);
    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, execution -> AfterCommit.increment(breaches));
  }
}
