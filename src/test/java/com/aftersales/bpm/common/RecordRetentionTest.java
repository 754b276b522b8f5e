package com.aftersales.bpm.common;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.notification.JdbcDeliveryLog;
import com.aftersales.bpm.report.SalesSupportRatings;
import com.aftersales.bpm.support.AppStart;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.PartShortages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADR 38 on the whole application with its own database: what each of our tables records through
 * the API (a survey, a rescue with its notifications, a parts order and the customer's words, a
 * vehicle order, sales' rating) is deleted once it is older than aftersales.records.keep-days (400
 * here), and nothing younger; the cases themselves are the engine's and stay. Every table our
 * migrations create is either kept that long or named here with the reason it is not.
 */
class RecordRetentionTest {

  private static final Duration KEPT = Duration.ofDays(400);
  /** Tables whose rows live by another rule (ADR 38). */
  private static final Map<String, String> KEPT_OTHERWISE = Map.of(
      "rescue_case", "report table: goes with the case's history (ADR 13)",
      "parts_order", "report table: goes with the case's history (ADR 13)",
      "red_alert", "report table: goes with the case's history (ADR 13)",
      "red_alert_order", "goes with its red_alert row (ADR 29)",
      "customer_promise", "a promise to the customer holds as long as it says, lifetime ones included",
      "staff_mobile", "goes with the staff account (ADR 35)",
      "spring_session", "Spring Session deletes expired logins every minute",
      "spring_session_attributes", "goes with its session",
      "sla_missed_before_v5", "migration 5's one-off copy, dropped by it");

  static ConfigurableApplicationContext app;
  static ProcessEngine engine;
  static JdbcTemplate jdbc;
  static Http http;
  static RecordRetention retention;

  @BeforeAll
  static void start() {
    app = AppStart.start("default", "recordRetention", "demo", "--aftersales.records.keep-days=" + KEPT.toDays());
    engine = app.getBean(ProcessEngine.class);
    jdbc = app.getBean(JdbcTemplate.class);
    retention = app.getBean(RecordRetention.class);
    http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void recordsOlderThanTheKeptDaysGoAndYoungerOnesStay() {
    recordOneOfEach("OLD");
    writtenAgo(KEPT.plusDays(1));
    Map<String, Integer> old = counts();
    recordOneOfEach("KEPT");
    writtenAgo(KEPT.minusDays(1));
    recordOneOfEach("NEW");
    Map<String, Integer> all = counts();

    Map<String, Integer> removed = retention.removeExpired();

    Assertions.assertThat(removed).as("rows deleted per table").isEqualTo(old);
    retention.tables().forEach(table -> {
      Assertions.assertThat(old.get(table)).as(table + " had an old row").isPositive();
      Assertions.assertThat(count(table)).as(table + " keeps the younger rows").isEqualTo(all.get(table) - old.get(table));
    });
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("RET-OLD-2")
        .count()).as("the rescue is the engine's").isEqualTo(1);
    Assertions.assertThat(retention.removeExpired().values()).as("a second run, another node's").containsOnly(0);
  }

  @Test
  void everyTableOfOursIsKeptForTheDaysOrByItsOwnRule() throws IOException {
    Set<String> created = new TreeSet<>();
    Pattern create = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?(\\w+)", Pattern.CASE_INSENSITIVE);
    try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
      for (Path migration : migrations.toList()) {
        Matcher table = create.matcher(Files.readString(migration));
        while (table.find()) {
          created.add(table.group(1).toLowerCase());
        }
      }
    }
    Set<String> ruled = new TreeSet<>(retention.tables());
    Assertions.assertThat(ruled).as("kept for the days and otherwise at once").doesNotContainAnyElementsOf(KEPT_OTHERWISE.keySet());
    ruled.addAll(KEPT_OTHERWISE.keySet());
    Assertions.assertThat(ruled).isEqualTo(created);
  }

  @Test
  void eachKeptTableHasAnIndexLeadingWithItsWrittenColumnSoTheNightlyDeleteDoesNotReadItAll() {
    Assertions.assertThat(app.getBeansOfType(KeptRecords.class).values().stream().map(KeptRecords::keptTable)
        .filter(table -> indexesLeadingWith(table).isEmpty()).map(KeptRecords.Table::name))
        .as("tables without an index whose first column is the written one").isEmpty();
  }

  @Test
  void lessThanTheAuditorsYearStopsTheStartNamingTheSetting() {
    Assertions.assertThat(RecordRetention.keepDays(" 1095 ", 365)).isEqualTo(1095);
    Assertions.assertThat(RecordRetention.keepDays("365", 365)).isEqualTo(365);
    Assertions.assertThat(RecordRetention.keepDays("36500", 365)).isEqualTo(36_500);
    for (String wrong : new String[] {"364", "0", "-1", "36501", "9223372036854775807", "three years", "", null}) {
      Assertions.assertThatThrownBy(() -> RecordRetention.keepDays(wrong, 365)).as(wrong)
          .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("AFTERSALES_RECORDS_KEEP_DAYS "
              + "(aftersales.records.keep-days) is '" + wrong + "'");
    }
  }

  /** A row in each kept table, through the API where there is one. */
  private static void recordOneOfEach(String tag) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    post("/api/nps-responses", survey("RET-" + tag + "-1", 9, now));
    post("/api/nps-responses", survey("RET-" + tag + "-2", 2, now));
    String rescue = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("RET-" + tag + "-2")
        .singleResult().getId();
    Assertions.assertThat(Notifications.deliverAll(engine, rescue)).isPositive();
    String notification = jdbc.queryForObject("SELECT MIN(id) FROM notification WHERE process_instance_id = ?",
        String.class, rescue);
    app.getBean(JdbcDeliveryLog.class).markDelivered(notification, "mail");
    post("/api/part-shortages", PartShortages.report("RET-" + tag + "-RO", "MINOR").json());
    post("/api/part-shortages/RET-" + tag + "-RO/customer-contacts", "{\"at\":\"" + now
        + "\",\"channel\":\"PHONE\",\"text\":\"什么时候能好?\",\"chasing\":true}");
    post("/api/vehicle-orders", "{\"orderId\":\"RET-" + tag + "-SO\",\"signedAt\":\"" + now
        + "\",\"customerId\":\"C-RET\",\"source\":\"REFERRAL\"}");
    app.getBean(SalesSupportRatings.class).given(new SalesSupportRatings.Rating("RET-" + tag + "-TASK", "review-case",
        YearMonth.now(), "A", now));
  }

  private static void post(String path, String body) {
    Assertions.assertThat(http.postJson("integration", path, body).statusCode()).as(path).isEqualTo(201);
  }

  /** The rows written in the last hour were written that long ago. */
  private static void writtenAgo(Duration age) {
    Timestamp then = Timestamp.from(Instant.now().minus(age));
    Timestamp hourAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
    retention.tables().forEach(table -> jdbc.update("UPDATE " + table + " SET " + column(table) + " = ? WHERE "
        + column(table) + " > ?", then, hourAgo));
  }

  private static String column(String table) {
    return app.getBeansOfType(KeptRecords.class).values().stream().map(KeptRecords::keptTable)
        .filter(t -> t.name().equals(table)).findFirst().orElseThrow().writtenAt();
  }

  /** The names of the table's indexes whose first column is the one it is deleted by (H2 names upper case). */
  private static Set<String> indexesLeadingWith(KeptRecords.Table table) {
    return jdbc.execute((ConnectionCallback<Set<String>>) connection -> {
      Set<String> names = new TreeSet<>();
      for (String name : List.of(table.name(), table.name().toUpperCase())) {
        try (ResultSet index = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
          while (index.next()) {
            if (index.getShort("ORDINAL_POSITION") == 1 && table.writtenAt().equalsIgnoreCase(index.getString("COLUMN_NAME"))) {
              names.add(index.getString("INDEX_NAME"));
            }
          }
        }
      }
      return names;
    });
  }

  private static Map<String, Integer> counts() {
    Map<String, Integer> counts = new HashMap<>();
    retention.tables().forEach(table -> counts.put(table, count(table)));
    return counts;
  }

  private static int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }
}
