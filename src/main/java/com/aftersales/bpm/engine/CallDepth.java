package com.aftersales.bpm.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * How deep processes may call one another. Two deployments whose processes call each other pass
 * the deployment guard (neither file loops), yet start cases without end: synchronously until the
 * stack overflows, asynchronously job after job, each case waiting for the one it called. A case
 * started by calls more than {@code max} levels deep is refused as it starts, with the start that
 * led to it (ADR 1).
 */
final class CallDepth extends AbstractBpmnParseListener {

  private final int max;

  CallDepth(int max) {
    this.max = max;
  }

  @Override
  public void parseProcess(Element element, ProcessDefinitionEntity process) {
    process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) this::check);
  }

  private void check(DelegateExecution started) {
    int depth = 0;
    for (DelegateExecution caller = started.getSuperExecution(); caller != null;
        caller = caller.getProcessInstance().getSuperExecution()) {
      depth++;
    }
    if (depth > max) {
      throw new ProcessEngineException("'" + started.getProcessDefinitionId() + "' is called " + depth
          + " levels deep; processes call one another at most " + max + " deep (two models calling each other"
          + " would start cases without end)");
    }
  }
}
