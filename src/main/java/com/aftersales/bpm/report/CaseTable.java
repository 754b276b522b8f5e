package com.aftersales.bpm.report;

import static com.aftersales.bpm.common.UtcTimestamps.timestamp;
import com.aftersales.bpm.common.HistoricVariables;
import com.aftersales.bpm.common.ProcessVariable;
import com.aftersales.bpm.engine.CaseEvent;
import com.aftersales.bpm.engine.EngineHistoryTables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reporting table with one row per case of one process: the case's business key, the counted
 * variables as columns, and whether it ended. {@link CaseTableFeed} keeps it current from the
 * engine's history events, in the engine's own transactions; {@link CaseTableReconciler} fills it
 * for older cases and removes rows whose history is gone. Reports read it through an index.
 */
public abstract class CaseTable {

  /** A column and the variable that fills it. */
  record Column(String name, ProcessVariable<?> variable) {}

  /** A table's columns, keyed by the name of the variable that fills each. */
  static Map<String, Column> columns(Column... columns) {
    return Arrays.stream(columns).collect(Collectors.toUnmodifiableMap(column -> column.variable().name(),
        column -> column));
  }

  protected final JdbcTemplate jdbc;
  private final String table;
  private final String processKey;
  private final String keyColumn;
  private final Map<String, Column> columns;

  /** Table and column names are fixed by the subclass, never taken from input. */
  protected CaseTable(JdbcTemplate jdbc, String table, String processKey, String keyColumn, Map<String, Column> columns) {
    this.jdbc = jdbc;
    this.table = table;
    this.processKey = processKey;
    this.keyColumn = keyColumn;
    this.columns = columns;
  }

  String processKey() {
    return processKey;
  }

  /** The column a variable of the case fills, or null when the report does not count it. */
  Column column(String variableName) {
    return columns.get(variableName);
  }

  /**
   * Sets one column of the case's row, creating the row on the case's first event; written with the
   * command's other changes of the row when the command flushes ({@link CaseRowWrites}).
   */
  void set(String processInstanceId, String column, Object value) {
    CaseRowWrites.set(this, processInstanceId, column, value);
  }

  /** Writes these columns of the case's row in one statement (two when the row is new). */
  void write(String processInstanceId, Map<String, Object> values) {
    List<String> names = new ArrayList<>(values.keySet());
    List<Object> bound = new ArrayList<>();
    values.values().forEach(value -> bound.add(value instanceof Instant instant ? timestamp(instant) : value));
    bound.add(processInstanceId);
    if (jdbc.update("UPDATE " + table + " SET " + String.join(" = ?, ", names) + " = ? WHERE process_instance_id = ?",
        bound.toArray()) == 0) {
      bound.add(0, bound.remove(bound.size() - 1));
      jdbc.update("INSERT INTO " + table + " (process_instance_id, " + String.join(", ", names) + ") VALUES (?"
          + ", ?".repeat(names.size()) + ")", bound.toArray());
    }
  }

  void started(String processInstanceId, String businessKey) {
    set(processInstanceId, keyColumn, businessKey);
  }

  void ended(String processInstanceId) {
    set(processInstanceId, "ended", true);
  }

  /** A task of the case was created or completed; most tables count none. */
  void taskChanged(CaseEvent.TaskChanged task) {}

  /** Cases in the engine's history that have no row yet (cases from before this table existed). */
  List<String> casesWithoutRow() {
    return new EngineHistoryTables(jdbc).casesWithoutRow(processKey, table);
  }

  /** Removes the rows whose case is no longer in the engine's history (history cleanup, a deleted case). */
  int removeRowsWithoutHistory() {
    return new EngineHistoryTables(jdbc).removeRowsWithoutHistory(table);
  }

  /** Writes the rows of these cases from what the engine's history recorded. */
  void fillFromHistory(HistoryService history, List<String> ids) {
    List<HistoricProcessInstance> cases = history.createHistoricProcessInstanceQuery()
        .processInstanceIds(new HashSet<>(ids)).list();
    Map<String, Map<String, Object>> variables = HistoricVariables.of(history,
        cases.stream().map(HistoricProcessInstance::getId).toList(), columns.keySet().toArray(String[]::new));
    for (HistoricProcessInstance c : cases) {
      List<String> names = new ArrayList<>(List.of("process_instance_id", keyColumn, "ended"));
      List<Object> values = new ArrayList<>(List.of(c.getId(), c.getBusinessKey(), c.getEndTime() != null));
      for (Column column : columns.values()) {
        Object value = ProcessVariable.stored(column.variable().optionalFrom(variables.get(c.getId())).orElse(null));
        names.add(column.name());
        values.add(value instanceof Date date ? timestamp(date.toInstant()) : value);
      }
      jdbc.update("INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
          + String.join(", ", names.stream().map(n -> "?").toList()) + ")", values.toArray());
    }
  }
}
