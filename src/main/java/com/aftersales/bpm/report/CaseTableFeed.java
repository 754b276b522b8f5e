package com.aftersales.bpm.report;

import com.aftersales.bpm.engine.CaseEvent;
import com.aftersales.bpm.engine.CaseEventListener;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the {@link CaseTable}s current from the engine's history events, next to the engine's own
 * history writer and in the same transaction: whatever sets a counted variable (a form, a DMN
 * table, an admin in Cockpit) updates the row, and a command that fails leaves neither behind.
 */
class CaseTableFeed implements CaseEventListener {

  private final Map<String, CaseTable> byProcess;

  CaseTableFeed(List<CaseTable> tables) {
    this.byProcess = tables.stream().collect(Collectors.toMap(CaseTable::processKey, Function.identity()));
  }

  @Override
  public void handle(CaseEvent event) {
    CaseTable table = byProcess.get(event.processKey());
    if (table == null) {
      return;
    }
    if (event instanceof CaseEvent.VariableChanged variable) {
      CaseTable.Column column = table.column(variable.name());
      if (column != null) {
        Object value = variable.removed() ? null : valueOf(variable, column.variable().type());
        table.set(variable.processInstanceId(), column.name(), value);
      }
    } else if (event instanceof CaseEvent.TaskChanged task) {
      table.taskChanged(task);
    } else if (event instanceof CaseEvent.Started started) {
      table.started(started.processInstanceId(), started.businessKey());
    } else if (event instanceof CaseEvent.Ended ended) {
      table.ended(ended.processInstanceId());
    }
  }

  /** The event carries the value as the engine stores it: text, or a number (dates as epoch millis, booleans as 0/1). */
  static Object valueOf(CaseEvent.VariableChanged event, Class<?> type) {
    if (type == String.class || type.isEnum()) {
      return event.text();
    }
    Long number = event.number() != null ? event.number()
        : event.decimal() != null ? Long.valueOf(Math.round(event.decimal())) : null;
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
