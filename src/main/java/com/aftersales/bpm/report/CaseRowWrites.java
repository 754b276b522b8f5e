package com.aftersales.bpm.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The case-table columns one engine command changes, written once per case row when the command
 * flushes (in the same transaction; the engine flushes the last opened session first, so usually before
 * its own writes) instead of one statement per
 * changed variable: a rescue's intake sets a dozen counted variables in one command. The last value
 * of a column within the command wins, as it did when each change was written at once. A command
 * that fails flushes nothing; outside a command (none in practice) a change is written at once.
 */
final class CaseRowWrites implements Session {

  private record Row(CaseTable table, String processInstanceId) {}

  private final Map<Row, Map<String, Object>> pending = new LinkedHashMap<>();

  /** Sets the column of the case's row when the current command flushes. */
  static void set(CaseTable table, String processInstanceId, String column, Object value) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      table.write(processInstanceId, java.util.Collections.singletonMap(column, value));
      return;
    }
    command.getSession(CaseRowWrites.class).pending
        .computeIfAbsent(new Row(table, processInstanceId), row -> new LinkedHashMap<>()).put(column, value);
  }

  @Override
  public void flush() {
    pending.forEach((row, columns) -> row.table().write(row.processInstanceId(), columns));
    pending.clear();
  }

  @Override
  public void close() {
    pending.clear();
  }

  /** Opens one per command context (registered as a custom session factory of the engine). */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return CaseRowWrites.class;
    }

    @Override
    public Session openSession() {
      return new CaseRowWrites();
    }
  }
}
