package com.aftersales.bpm.report;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Keeps the {@link CaseTable}s current from the engine's history events, next to the engine's own
 * history writer and in the same transaction: whatever sets a counted variable (a form, a DMN
 * table, an admin in Cockpit) updates the row, and a command that fails leaves neither behind.
 */
class CaseTableFeed implements HistoryEventHandler {

  private final Map<String, CaseTable> byProcess;

  CaseTableFeed(List<CaseTable> tables) {
    this.byProcess = tables.stream().collect(Collectors.toMap(CaseTable::processKey, Function.identity()));
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    CaseTable table = event.getProcessDefinitionKey() == null ? null : byProcess.get(event.getProcessDefinitionKey());
    if (table == null) {
      return;
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      CaseTable.Column column = table.column(variable.getVariableName());
      if (column != null) {
        Object value = variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE) ? null
            : valueOf(variable, column.variable().type());
        table.set(variable.getProcessInstanceId(), column.name(), value);
      }
    } else if (event instanceof HistoricTaskInstanceEventEntity task) {
      table.taskChanged(task);
    } else if (event instanceof HistoricProcessInstanceEventEntity instance) {
      if (instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
        table.started(instance.getProcessInstanceId(), instance.getBusinessKey());
      } else if (instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
        table.ended(instance.getProcessInstanceId());
      }
    }
  }

  /** The event carries the value as the engine stores it: text, or a number (dates as epoch millis, booleans as 0/1). */
  static Object valueOf(HistoricVariableUpdateEventEntity event, Class<?> type) {
    if (type == String.class || type.isEnum()) {
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
