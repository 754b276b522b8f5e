package com.aftersales.bpm.report;

import com.aftersales.bpm.engine.CommandBuffer;
import com.aftersales.bpm.engine.EngineCommand;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The case-table columns one engine command changes, written once per case row when the command
 * flushes (in the same transaction; the engine flushes the last opened session first, so usually before
 * its own writes) instead of one statement per
 * changed variable: a rescue's intake sets a dozen counted variables in one command. The last value
 * of a column within the command wins, as it did when each change was written at once. A command
 * that fails flushes nothing; outside a command (none in practice) a change is written at once.
 */
final class CaseRowWrites implements CommandBuffer {

  private record Row(CaseTable table, String processInstanceId) {}

  private final Map<Row, Map<String, Object>> pending = new LinkedHashMap<>();

  /** Sets the column of the case's row when the current command flushes. */
  static void set(CaseTable table, String processInstanceId, String column, Object value) {
    CaseRowWrites writes = EngineCommand.buffer(CaseRowWrites.class, CaseRowWrites::new);
    if (writes == null) {
      table.write(processInstanceId, Collections.singletonMap(column, value));
      return;
    }
    writes.pending.computeIfAbsent(new Row(table, processInstanceId), row -> new LinkedHashMap<>()).put(column, value);
  }

  @Override
  public void flush() {
    pending.forEach((row, columns) -> row.table().write(row.processInstanceId(), columns));
    pending.clear();
  }
}
