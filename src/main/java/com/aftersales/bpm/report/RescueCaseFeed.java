package com.aftersales.bpm.report;

import static com.aftersales.bpm.rescue.RescueVariables.FIRST_CONTACT_TASK;
import static com.aftersales.bpm.rescue.RescueVariables.MISSED_RESPONSE_TASK;
import static com.aftersales.bpm.rescue.RescueVariables.RESCUE_PROCESS;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Keeps {@link RescueCaseTable} current from the engine's history events, next to the engine's own
 * history writer and in the same transaction: whatever sets a counted variable (a form, a DMN
 * table, an admin in Cockpit) updates the row, and a command that fails leaves neither behind.
 */
class RescueCaseFeed implements HistoryEventHandler {

  private final RescueCaseTable table;

  RescueCaseFeed(RescueCaseTable table) {
    this.table = table;
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!RESCUE_PROCESS.equals(event.getProcessDefinitionKey())) {
      return;
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      variableChanged(variable);
    } else if (event instanceof HistoricTaskInstanceEventEntity task) {
      taskChanged(task);
    } else if (event instanceof HistoricProcessInstanceEventEntity rescue) {
      if (rescue.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
        table.surveyId(rescue.getProcessInstanceId(), rescue.getBusinessKey());
      } else if (rescue.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
        table.ended(rescue.getProcessInstanceId());
      }
    }
  }

  private void variableChanged(HistoricVariableUpdateEventEntity event) {
    RescueCaseTable.Column column = RescueCaseTable.COLUMNS.get(event.getVariableName());
    if (column != null) {
      Object value = event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE) ? null
          : valueOf(event, column.variable().type());
      table.set(event.getProcessInstanceId(), column.name(), value);
    }
  }

  private void taskChanged(HistoricTaskInstanceEventEntity task) {
    if (MISSED_RESPONSE_TASK.equals(task.getTaskDefinitionKey()) && task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE)) {
      table.escalated(task.getProcessInstanceId());
    } else if (FIRST_CONTACT_TASK.equals(task.getTaskDefinitionKey())
        && task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)) {
      table.firstContact(task.getProcessInstanceId(), task.getEndTime().toInstant());
    }
  }

  /** The event carries the value as the engine stores it: text, or a number (dates as epoch millis, booleans as 0/1). */
  static Object valueOf(HistoricVariableUpdateEventEntity event, Class<?> type) {
    if (type == String.class) {
      return event.getTextValue();
    }
    Long number = event.getLongValue() != null ? event.getLongValue()
        : event.getDoubleValue() != null ? Long.valueOf(Math.round(event.getDoubleValue())) : null;
    if (number == null) {
      return null;
    }
    if (type == Date.class) {
      return Instant.ofEpochMilli(number);
    }
    if (type == Boolean.class) {
      return number == 1L;
    }
    return number;
  }
}
