package com.aftersales.bpm.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Sits next to the engine's own history writer and hands the events of cases on as {@link
 * CaseEvent}s, in the same transaction: what a listener writes commits or rolls back with the
 * command (see ADR 0013). Events of no process (standalone tasks, decisions) are left out.
 */
final class HistoryFeed implements HistoryEventHandler {

  private final List<CaseEventListener> listeners;

  HistoryFeed(List<CaseEventListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    CaseEvent caseEvent = event.getProcessDefinitionKey() == null ? null : of(event);
    if (caseEvent != null) {
      listeners.forEach(listener -> listener.handle(caseEvent));
    }
  }

  static CaseEvent of(HistoryEvent event) {
    String key = event.getProcessDefinitionKey();
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return new CaseEvent.VariableChanged(key, variable.getProcessInstanceId(), variable.getVariableName(),
          variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE), variable.getTextValue(),
          variable.getLongValue(), variable.getDoubleValue());
    }
    if (event instanceof HistoricTaskInstanceEventEntity task) {
      return new CaseEvent.TaskChanged(key, task.getProcessInstanceId(), task.getTaskDefinitionKey(),
          task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE),
          task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE),
          task.getEndTime() == null ? null : task.getEndTime().toInstant());
    }
    if (event instanceof HistoricProcessInstanceEventEntity instance) {
      if (instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
        return new CaseEvent.Started(key, instance.getProcessInstanceId(), instance.getBusinessKey());
      }
      if (instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
        return new CaseEvent.Ended(key, instance.getProcessInstanceId());
      }
    }
    return null;
  }
}
