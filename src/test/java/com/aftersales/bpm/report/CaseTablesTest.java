package com.aftersales.bpm.report;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.demo.RescueScript;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7, must-show 4: the report reads rescue_case, which the engine's history events keep. The
 * rows say what the history says, cases from before the table are filled from history, rows go
 * when their history goes (a red alert's settled orders with it), and a failed command leaves no
 * trace ({@link PartsOrderTableTest}: the same for parts_order).
 */
@ApplicationTest
class CaseTablesTest extends ApplicationTestSupport {

  @Autowired RescueDriver driver;
  @Autowired RescueCaseTable table;
  @Autowired RedAlertTable redAlerts;

  @Test
  void theRowsSayWhatTheHistorySays() {
    Instant june = Instant.parse("2026-06-01T02:00:00Z");
    List<String> ids = fourCases("JUNE", june);

    List<RescueCase> rows = table.answeredBetween(june.minus(Duration.ofHours(2)), june.plus(Duration.ofDays(30)));

    Assertions.assertThat(rows).extracting(RescueCase::processInstanceId).containsExactlyInAnyOrderElementsOf(ids);
    Assertions.assertThat(sorted(rows)).isEqualTo(sorted(RescueCaseHistory.read(history, ids)));
    RescueCase late = rows.stream().filter(r -> r.surveyId().equals("JUNE-LATE")).findFirst().orElseThrow();
    Assertions.assertThat(late).isEqualTo(new RescueCase(late.processInstanceId(), "JUNE-LATE", june, "S", "王先生",
        june.plus(Duration.ofHours(2)), june.plus(Duration.ofHours(30)), "PROMOTER", "WAIT_TIME", 6100L, 5000L, true, true, 1,
        true, true));
    RescueCase open = rows.stream().filter(r -> r.surveyId().equals("JUNE-OPEN")).findFirst().orElseThrow();
    Assertions.assertThat(open.ended()).isFalse();
    Assertions.assertThat(open.outcome()).isNull();
    Assertions.assertThat(open.firstContactAt()).isEqualTo(june.plus(Duration.ofDays(3)).plus(Duration.ofHours(10)));
    Assertions.assertThat(rows).extracting(RescueCase::outcome).containsExactlyInAnyOrder("PROMOTER", "CHURNED", "RECOVERED", null);
  }

  @Test
  void aFirstContactAfterItsDeadlineWithoutItsTimerIsABreachInTheFedAndTheFilledRow() {
    Instant july = Instant.parse("2026-07-01T02:00:00Z");
    // grade S (2 h), first contact after 14 h, the job executor off: the response timer never fires
    String late = driver.run("JULY-NO-TIMER", july, "王先生",
        new RescueScript(2, 14, "WAIT_TIME", false, false, 9, false, true).withoutTimers());
    String kept = driver.run("JULY-IN-TIME", july.plus(Duration.ofDays(1)), "李女士",
        new RescueScript(2, 1.5, "WAIT_TIME", false, false, 9, false, true).withoutTimers());

    List<RescueCase> fed = table.answeredBetween(july, july.plus(Duration.ofDays(2)));
    RescueCase row = fed.stream().filter(r -> r.processInstanceId().equals(late)).findFirst().orElseThrow();
    Assertions.assertThat(row.responseDue()).isEqualTo(july.plus(Duration.ofHours(2)));
    Assertions.assertThat(row.slaBreached()).as("missed by the times").isTrue();
    Assertions.assertThat(row.slaBreaches()).isEqualTo(1);
    Assertions.assertThat(row.escalated()).as("no timer, no escalation").isFalse();
    Assertions.assertThat(row.firstContactLate(Instant.now())).isTrue();
    RescueCase inTime = fed.stream().filter(r -> r.processInstanceId().equals(kept)).findFirst().orElseThrow();
    Assertions.assertThat(inTime.slaBreached()).isFalse();
    Assertions.assertThat(inTime.slaBreaches()).isZero();
    Assertions.assertThat(inTime.firstContactLate(Instant.now())).isFalse();

    Assertions.assertThat(sorted(RescueCaseHistory.read(history, List.of(late, kept))))
        .as("filled from history: the same rows").isEqualTo(sorted(fed));
  }

  @Test
  void rescuesFromBeforeTheTableAreFilledFromHistoryWithTheSameReport() throws Exception {
    Instant may = Instant.parse("2026-05-01T02:00:00Z");
    List<String> ids = fourCases("MAY", may);
    String before = http.get("manager", "/api/reports/rescue?month=2026-05").body();
    ids.forEach(id -> jdbc.update("DELETE FROM rescue_case WHERE process_instance_id = ?", id));
    Assertions.assertThat(http.get("manager", "/api/reports/rescue?month=2026-05").body()).contains("\"rescuesLaunched\":0");

    CaseTableReconciler.Result result = new CaseTableReconciler(history, List.of(table)).reconcile();

    Assertions.assertThat(result.filled()).isEqualTo(4);
    Assertions.assertThat(http.get("manager", "/api/reports/rescue?month=2026-05").body()).isEqualTo(before)
        .contains("\"rescuesLaunched\":4");
    Assertions.assertThat(new CaseTableReconciler(history, List.of(table)).reconcile().filled()).as("nothing left to fill").isZero();
  }

  @Test
  void aRowGoesWhenItsHistoryGoes() {
    Instant april = Instant.parse("2026-04-01T02:00:00Z");
    String id = driver.run("APRIL-1", april, "李女士", new RescueScript(2, 3, "ATTITUDE", false, false, 9, false, true));
    Assertions.assertThat(table.answeredBetween(april, april.plus(Duration.ofDays(1)))).hasSize(1);

    history.deleteHistoricProcessInstance(id); // as the history cleanup does once the time to live has passed
    CaseTableReconciler.Result result = new CaseTableReconciler(history, List.of(table)).reconcile();

    Assertions.assertThat(result.removed()).isPositive();
    Assertions.assertThat(table.answeredBetween(april, april.plus(Duration.ofDays(1)))).isEmpty();
  }

  @Test
  void aRedAlertsSettledOrdersGoWhenItsRowGoes() {
    String kept = "SELECT COUNT(*) FROM red_alert_order o WHERE EXISTS (SELECT 1 FROM red_alert r "
        + "WHERE r.process_instance_id = o.process_instance_id)";
    int keptBefore = jdbc.queryForObject(kept, Integer.class);
    // an alert whose history the cleanup removed: its red_alert row is gone, its settled order is left
    jdbc.update("INSERT INTO red_alert_order (process_instance_id, order_id, customer_id, tier, settled_at) "
        + "VALUES ('GONE-ALERT', 'GONE-O1', 'C-GONE', 'DELIVER', CURRENT_TIMESTAMP)");

    new CaseTableReconciler(history, List.of(redAlerts)).reconcile();

    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM red_alert_order WHERE process_instance_id = 'GONE-ALERT'",
        Integer.class)).isZero();
    Assertions.assertThat(jdbc.queryForObject(kept, Integer.class)).as("the orders of alerts still there stay")
        .isEqualTo(keptBefore);
  }

  @Test
  void aCaseThatCannotBeReadFromHistoryDoesNotStopTheOthers() {
    Instant february = Instant.parse("2026-02-02T02:00:00Z");
    String good = driver.run("FEB-GOOD", february, "王先生", new RescueScript(5, 3, "ATTITUDE", false, false, 9, false, true));
    String odd = driver.run("FEB-ODD", february.plus(Duration.ofDays(1)), "李女士",
        new RescueScript(5, 3, "ATTITUDE", false, false, null, false, false));
    runtime.setVariable(odd, "answeredAt", "yesterday"); // as an admin might in Cockpit: text where a date belongs
    jdbc.update("DELETE FROM rescue_case WHERE process_instance_id IN (?, ?)", good, odd);

    CaseTableReconciler.Result result = new CaseTableReconciler(history, List.of(table)).reconcile();

    Assertions.assertThat(result.filled()).isEqualTo(1);
    Assertions.assertThat(table.answeredBetween(february, february.plusSeconds(1)))
        .extracting(RescueCase::processInstanceId).containsExactly(good);
  }

  @Test
  void aCommandThatFailsLeavesTheRowAsItWas() throws Exception {
    Instant answeredAt = Instant.parse("2026-03-10T02:00:00Z");
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", survey("MARCH-1", 5, answeredAt))
        .statusCode()).isEqualTo(201);
    String id = runtime.createProcessInstanceQuery().processInstanceBusinessKey("MARCH-1").singleResult().getId();
    Task firstContact = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey("Task_FirstContact").singleResult();

    // the call-back reminder cannot be scheduled for a time that is not one: the whole completion is undone,
    // with the counted variable it set and the first contact it recorded
    Map<String, Object> badForm = new java.util.HashMap<>(firstContactForm("tomorrow-ish"));
    badForm.put("rootCauseCategory", "ATTITUDE");
    Assertions.assertThatThrownBy(() -> tasks.complete(firstContact.getId(), badForm))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("tomorrow-ish");
    RescueCase unchanged = table.answeredBetween(answeredAt, answeredAt.plusSeconds(1)).get(0);
    Assertions.assertThat(unchanged.firstContactAt()).isNull();
    Assertions.assertThat(unchanged.rootCause()).isNull();
    Assertions.assertThat(unchanged.grade()).isEqualTo("A");

    tasks.complete(firstContact.getId(), firstContactForm(Date.from(Instant.now().plus(Duration.ofDays(1)))));
    Assertions.assertThat(table.answeredBetween(answeredAt, answeredAt.plusSeconds(1)).get(0).firstContactAt()).isNotNull();
  }

  /** A promoter with a missed SLA, a churned customer, a recovery without re-rating, and an open case. */
  private List<String> fourCases(String prefix, Instant start) {
    return List.of(
        driver.run(prefix + "-LATE", start, "王先生", new RescueScript(0, 30, "WAIT_TIME", true, true, 9, false, true)),
        driver.run(prefix + "-CHURNED", start.plus(Duration.ofDays(1)), "李女士",
            new RescueScript(4, 2, "ATTITUDE", false, false, null, true, true)),
        driver.run(prefix + "-SILENT", start.plus(Duration.ofDays(2)), "张先生",
            new RescueScript(5, 10, "COST_DISPUTE", false, true, null, false, true)),
        driver.run(prefix + "-OPEN", start.plus(Duration.ofDays(3)), "赵女士",
            new RescueScript(6, 10, "COMMUNICATION", false, false, null, false, false)));
  }

  private static Map<String, Object> firstContactForm(Object promisedCallbackAt) {
    return Map.of("leapListened", true, "leapEmpathized", true, "leapAcknowledged", true, "leapPromised", true,
        "painPoints", "waited", "promise", "call back", "promisedCallbackAt", promisedCallbackAt);
  }

  private static List<RescueCase> sorted(List<RescueCase> cases) {
    return cases.stream().sorted(Comparator.comparing(RescueCase::processInstanceId)).toList();
  }
}
