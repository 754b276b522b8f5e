package com.aftersales.bpm.database;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.AppStart;
import com.aftersales.bpm.support.Http;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An H2 database filled by the last version before migrations (0.1, commit 7aacec2: tables from
 * schema.sql, the engine's from the engine itself, 76 demo rescues, 7 of them open) is taken over
 * as it is: Flyway records it at version 0, the migrations bring it up to date, and nothing in it
 * is lost. The fixture is that version's database as H2's SCRIPT wrote it; see
 * src/test/resources/migration/README.md for how it was made. By nature an H2 test: that version
 * ran on H2 only.
 */
class PreviousVersionDatabaseTest {

  private static final String URL = "jdbc:h2:mem:previousVersion;DB_CLOSE_DELAY=-1";
  private static final List<String> TABLES = List.of("intake_record", "survey_answer", "rescue_case",
      "notification", "ACT_HI_PROCINST", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_JOB");

  @Test
  void startsOnItAndKeepsEverything() throws Exception {
    try (Connection keepAlive = DriverManager.getConnection(URL, "sa", "")) {
      restorePreviousVersion(keepAlive);
      JdbcTemplate db = new JdbcTemplate(new SingleConnectionDataSource(keepAlive, true));
      Map<String, Long> before = counts(db);
      List<String> users = db.queryForList("SELECT ID_ FROM ACT_ID_USER", String.class);
      Assertions.assertThat(before.get("rescue_case")).isEqualTo(76L);
      // issue 15: that version counted a first contact after its deadline as kept when the timer had not fired
      List<String> lateUnfired = db.queryForList("SELECT DISTINCT PROCESS_INSTANCE_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 3 "
          + "AND ACT_ID_ = 'Timer_ResponseSla' AND TIMESTAMP_ > JOB_DUEDATE_", String.class);
      Assertions.assertThat(lateUnfired).as("the demo's late first contacts").isNotEmpty();
      Assertions.assertThat(breached(db, lateUnfired)).as("before: kept").containsOnly(false);

      try (ConfigurableApplicationContext app = AppStart.start("default", "previousVersion", "demo")) {
        Assertions.assertThat(db.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" "
            + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"", String.class))
            .as("taken over at 0, then every migration").containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16");
        Assertions.assertThat(counts(db)).as("rows after the upgrade (rescue_case filled again)").isEqualTo(before);
        Assertions.assertThat(breached(db, lateUnfired)).as("after: breached in the report's rows")
            .hasSize(lateUnfired.size()).containsOnly(true);
        Assertions.assertThat(app.getBean(ProcessEngine.class).getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceIds(new java.util.HashSet<>(lateUnfired)).variableValueEquals("slaBreached", true).count())
            .as("and in the variables the history search reads").isEqualTo(lateUnfired.size());
        Assertions.assertThat(db.queryForList("SELECT ID_ FROM ACT_ID_USER", String.class))
            .as("users kept (a version may add a demo user)").containsAll(users);

        ProcessEngine engine = app.getBean(ProcessEngine.class);
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey("lowScoreRescue").count()).as("the open rescues go on").isEqualTo(7L);

        Http http = new Http(app.getEnvironment().getProperty("local.server.port", Integer.class));
        var report = http.get("auditor", "/api/reports/rescue?month=2026-10");
        Assertions.assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        var answer = http.postJson("integration", "/api/nps-responses",
            survey("AFTER-UPGRADE-1", 2, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
        Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        Assertions.assertThat(db.queryForObject("SELECT COUNT(*) FROM rescue_case", Long.class)).isEqualTo(77L);
      }
    }
  }

  private static void restorePreviousVersion(Connection connection) throws Exception {
    Path script = Files.createTempFile("previous-version", ".sql.gz");
    try (InputStream in = PreviousVersionDatabaseTest.class.getResourceAsStream(
        "/migration/previous-version-h2.sql.gz")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    connection.createStatement().execute("RUNSCRIPT FROM '" + script + "' COMPRESSION GZIP");
    Files.delete(script);
  }

  /** The report rows' sla_breached of these rescues. */
  private static List<Boolean> breached(JdbcTemplate db, List<String> ids) {
    return ids.stream().map(id -> db.queryForObject("SELECT sla_breached FROM rescue_case WHERE process_instance_id = ?",
        Boolean.class, id)).toList();
  }

  private static Map<String, Long> counts(JdbcTemplate db) {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    TABLES.forEach(t -> counts.put(t, db.queryForObject("SELECT COUNT(*) FROM " + t, Long.class)));
    return counts;
  }

}
