package com.aftersales.bpm.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * ADR 10: a case table's row is written once per engine command, when the command flushes, in the
 * command's transaction. A light engine as the application wires it (Spring transactions on one
 * DataSource, {@link CaseRowWrites.Factory} registered), no history, no processes: the commands here
 * change the rows directly, as {@link CaseTableFeed} does from the history events.
 */
class CaseRowWritesTest {

  private static ProcessEngine engine;
  private static SpringTransactionsProcessEngineConfiguration configuration;
  private static JdbcTemplate jdbc;
  private RecordedTable table;

  /** A case table that records each row write it makes. */
  static final class RecordedTable extends CaseTable {
    final List<Map<String, Object>> writes = new ArrayList<>();

    RecordedTable() {
      super(CaseRowWritesTest.jdbc, "recorded_case", "recordedProcess", "case_key", Map.of());
    }

    @Override
    void write(String processInstanceId, Map<String, Object> values) {
      Map<String, Object> write = new LinkedHashMap<>(values);
      write.put("process_instance_id", processInstanceId);
      writes.add(write);
      super.write(processInstanceId, values);
    }
  }

  /**
   * A session that fails when the command flushes after the rows were written, as a failing engine write
   * would. Public: the engine's {@link GenericManagerFactory} opens one per command by reflection.
   */
  public static final class FailingAtFlush implements Session {
    @Override
    public void flush() {
      throw new IllegalStateException("the command failed while flushing");
    }

    @Override
    public void close() {}
  }

  @BeforeAll
  static void lightEngine() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:case-row-writes;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    configuration = new SpringTransactionsProcessEngineConfiguration();
    configuration.setProcessEngineName("case-row-writes");
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(new DataSourceTransactionManager(dataSource));
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory("none");
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    configuration.setCustomSessionFactories(new ArrayList<>(List.of(new GenericManagerFactory(FailingAtFlush.class))));
    // the engine adapter's plugin registers the per-command buffers CaseRowWrites uses, as in the application
    configuration.getProcessEnginePlugins().add(new com.aftersales.bpm.engine.EngineHooksPlugin(List.of()));
    engine = configuration.buildProcessEngine();
    jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("CREATE TABLE recorded_case (process_instance_id VARCHAR(64) NOT NULL PRIMARY KEY, "
        + "case_key VARCHAR(255), score INT, note VARCHAR(100), ended BOOLEAN DEFAULT FALSE NOT NULL)");
  }

  @AfterAll
  static void close() {
    jdbc.execute("DROP TABLE recorded_case");
    engine.close();
  }

  @BeforeEach
  void emptyTable() {
    jdbc.update("DELETE FROM recorded_case");
    table = new RecordedTable();
  }

  @Test
  void eachRowIsWrittenOnceWhenTheCommandFlushesWithTheLastValues() {
    List<Integer> rowsSeenInside = command(context -> {
      table.started("case-1", "RO-1");
      table.set("case-1", "score", 1);
      table.set("case-2", "score", 7);
      table.set("case-1", "note", "first");
      table.set("case-1", "score", 2);
      return List.of(rows(), table.writes.size());
    });

    Assertions.assertThat(rowsSeenInside).as("nothing written before the flush").containsExactly(0, 0);
    Assertions.assertThat(table.writes).as("one write per row").containsExactly(
        Map.of("case_key", "RO-1", "score", 2, "note", "first", "process_instance_id", "case-1"),
        Map.of("score", 7, "process_instance_id", "case-2"));
    Assertions.assertThat(row("case-1")).containsEntry("CASE_KEY", "RO-1").containsEntry("SCORE", 2)
        .containsEntry("NOTE", "first").containsEntry("ENDED", false);
    Assertions.assertThat(row("case-2")).containsEntry("SCORE", 7).containsEntry("CASE_KEY", null);
  }

  @Test
  void aLaterCommandUpdatesTheRowInOneWrite() {
    command(context -> {
      table.started("case-3", "RO-3");
      return null;
    });
    table.writes.clear();

    command(context -> {
      table.set("case-3", "note", "called back");
      table.ended("case-3");
      return null;
    });

    Assertions.assertThat(table.writes).containsExactly(
        Map.of("note", "called back", "ended", true, "process_instance_id", "case-3"));
    Assertions.assertThat(row("case-3")).containsEntry("CASE_KEY", "RO-3").containsEntry("NOTE", "called back")
        .containsEntry("ENDED", true);
    Assertions.assertThat(rows()).isEqualTo(1);
  }

  @Test
  void aCommandThatFailsWritesNothing() {
    Assertions.assertThatThrownBy(() -> command(context -> {
      table.started("case-4", "RO-4");
      table.set("case-4", "score", 3);
      throw new IllegalArgumentException("the delegate failed");
    })).isInstanceOf(IllegalArgumentException.class);

    Assertions.assertThat(table.writes).isEmpty();
    Assertions.assertThat(rows()).isZero();

    command(context -> {
      table.set("case-5", "score", 4);
      return null;
    });
    Assertions.assertThat(table.writes).as("the failed command's changes are gone, not carried into the next")
        .containsExactly(Map.of("score", 4, "process_instance_id", "case-5"));
  }

  @Test
  void aCommandRolledBackAfterTheRowsWereFlushedLeavesNoRow() {
    Assertions.assertThatThrownBy(() -> command(context -> {
      // opened first, so flushed after the rows' session (the engine flushes the last opened first)
      context.getSession(FailingAtFlush.class);
      table.started("case-6", "RO-6");
      return null;
    })).hasMessageContaining("while flushing");

    Assertions.assertThat(table.writes).as("the row was written in the command's transaction").hasSize(1);
    Assertions.assertThat(rows()).as("and rolled back with it").isZero();
  }

  @Test
  void aChangeOutsideAnyCommandIsWrittenAtOnce() {
    table.set("case-7", "score", 5);

    Assertions.assertThat(table.writes).hasSize(1);
    Assertions.assertThat(row("case-7")).containsEntry("SCORE", 5);
  }

  private static <T> T command(Command<T> command) {
    return configuration.getCommandExecutorTxRequired().execute(command);
  }

  private static int rows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM recorded_case", Integer.class);
  }

  private static Map<String, Object> row(String processInstanceId) {
    return jdbc.queryForMap("SELECT * FROM recorded_case WHERE process_instance_id = ?", processInstanceId);
  }
}
