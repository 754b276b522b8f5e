package com.aftersales.bpm.security;

import com.aftersales.bpm.AftersalesApplication;
import com.aftersales.bpm.support.Http;
import java.net.http.HttpResponse;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every {@code /api} endpoint under random and hostile bodies, parameters and path segments, as
 * the integration system, staff, auditors, the admin and nobody: never a 5xx, never exception
 * text, and nothing started or recorded (the application holds no case, so no path names one, and
 * every body of the two endpoints that create cases is invalid by construction).
 * jqwik does not run Spring's JUnit extension, so the test starts its own application once.
 * Who asks and what they send come from its superclasses {@link IntakeBodies}, {@link ApiCallers}
 * and {@link HostileInput}.
 */
class ApiFuzzTest extends IntakeBodies {

  private static final int TRIES = 200;

  private static ConfigurableApplicationContext app;
  private static Http http;
  private static JdbcTemplate jdbc;
  private static HistoryService history;

  @BeforeContainer
  static void startTheApplication() {
    app = new SpringApplicationBuilder(AftersalesApplication.class).run(
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:api-fuzz;DB_CLOSE_DELAY=-1",
        "--camunda.bpm.process-engine-name=apiFuzz",
        "--camunda.bpm.job-execution.enabled=false",
        "--aftersales.admin.password=demo",
        "--logging.level.com.aftersales=WARN");
    http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
    jdbc = app.getBean(JdbcTemplate.class);
    history = app.getBean(HistoryService.class);
  }

  @AfterContainer
  static void stopTheApplication() {
    if (app != null) {
      app.close();
    }
  }

  // ---- the endpoints ----

  @Property(tries = TRIES)
  void surveyIntake(@ForAll("users") String user, @ForAll("invalidSurveys") String body, @ForAll("contentTypes") String type) {
    expectRefusedIntake(user, "/api/nps-responses", body, type);
  }

  @Property(tries = TRIES)
  void reRating(@ForAll("users") String user, @ForAll("segments") String surveyId, @ForAll("reRatings") String body) {
    expectNoChange(() -> http.postJson(user, "/api/nps-responses/" + surveyId + "/re-rating", body), true);
  }

  @Property(tries = TRIES)
  void shortageReport(@ForAll("users") String user, @ForAll("invalidShortages") String body,
      @ForAll("contentTypes") String type) {
    expectRefusedIntake(user, "/api/part-shortages", body, type);
  }

  @Property(tries = TRIES)
  void redAlert(@ForAll("users") String user, @ForAll("invalidRedAlerts") String body, @ForAll("contentTypes") String type) {
    expectRefusedIntake(user, "/api/red-alerts", body, type);
  }

  @Property(tries = TRIES)
  void promiseChecklist(@ForAll("users") String user, @ForAll("invalidChecklists") String body,
      @ForAll("contentTypes") String type) {
    expectRefusedIntake(user, "/api/customer-promises", body, type);
  }

  @Property(tries = TRIES)
  void customerConfirmation(@ForAll("users") String user, @ForAll("segments") String checklistId,
      @ForAll("confirmations") String body) {
    expectNoChange(() -> http.postJson(user, "/api/customer-promises/" + checklistId + "/confirmation", body), true);
  }

  @Property(tries = TRIES)
  void partArrival(@ForAll("users") String user, @ForAll("segments") String order, @ForAll("arrivals") String body) {
    expectNoChange(() -> http.postJson(user, "/api/part-shortages/" + order + "/arrival", body), true);
  }

  @Property(tries = TRIES)
  void customerContact(@ForAll("users") String user, @ForAll("segments") String order, @ForAll("contacts") String body) {
    expectNoChange(() -> http.postJson(user, "/api/part-shortages/" + order + "/customer-contacts", body), true);
  }

  @Property(tries = TRIES)
  void vehicleOrder(@ForAll("users") String user, @ForAll("invalidOrders") String body, @ForAll("contentTypes") String type) {
    expectRefusedIntake(user, "/api/vehicle-orders", body, type);
  }

  @Property(tries = TRIES)
  void successManagerChange(@ForAll("users") String user, @ForAll("segments") String customerId,
      @ForAll("successManagers") String body) {
    expectNoChange(() -> http.putJson(user, "/api/customers/" + customerId + "/success-manager", body), true);
  }

  @Property(tries = TRIES)
  void staffMobile(@ForAll("staffAdmins") String user, @ForAll("staffIds") String userId, @ForAll("mobiles") String body) {
    expectNoChange(() -> http.putJson(user, "/api/staff/" + userId + "/mobile", body), true);
  }

  @Property(tries = TRIES)
  void batchView(@ForAll("readers") String user, @ForAll("parameters") String partNumber, @ForAll("parameters") String status) {
    expectNoChange(() -> http.get(user, "/api/part-shortages?partNumber=" + partNumber + "&status=" + status), false);
  }

  @Property(tries = TRIES)
  void rescueReport(@ForAll("readers") String user, @ForAll("months") String month,
      @ForAll("reportPaths") String path) {
    expectNoChange(() -> http.get(user, path + "?month=" + month), false);
  }

  @Property(tries = TRIES)
  void reviewCandidates(@ForAll("readers") String user, @ForAll("months") String month) {
    expectNoChange(() -> http.get(user, "/api/reviews/candidates?month=" + month), false);
  }

  @Property(tries = TRIES)
  void notifications(@ForAll("readers") String user, @ForAll("parameters") String businessKey,
      @ForAll("limits") String limit) {
    expectNoChange(() -> http.get(user, "/api/notifications?businessKey=" + businessKey + "&limit=" + limit), false);
  }

  @Property(tries = TRIES)
  void customerSearch(@ForAll("readers") String user, @ForAll("parameters") String name) {
    expectNoChange(() -> http.get(user, "/api/history/customer-cases?name=" + name), false);
  }

  @Property(tries = TRIES)
  void unknownPathsAndMethods(@ForAll("users") String user, @ForAll("segments") String segment,
      @ForAll("methods") String method, @ForAll("jsonValues") String body) {
    expectNoChange(() -> http.send(user, method, "/api/" + segment, body), false);
  }

  // ---- the invariant ----

  private record State(long instances, long intakeRecords, long surveyAnswers, long notifications, long contacts,
      long promises, long mobiles, long orders) {}

  private static State state() {
    return new State(history.createHistoricProcessInstanceQuery().count(), count("intake_record"),
        count("survey_answer"), count("notification"), count("part_customer_contact"), count("customer_promise"),
        count("staff_mobile"), count("vehicle_order"));
  }

  private static long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  /** An intake sent a body that is never valid, as any content type: refused, nothing started. */
  private static void expectRefusedIntake(String user, String path, String body, String type) {
    expectNoChange(() -> http.send(user, "POST", path, body, "Content-Type", type), true);
  }

  private static void expectNoChange(java.util.function.Supplier<HttpResponse<String>> request, boolean changing) {
    State before = state();
    HttpResponse<String> response = request.get();
    String what = response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " "
        + response.body();
    net.jqwik.api.statistics.Statistics.collect(response.statusCode());
    Assertions.assertThat(response.statusCode()).as(what).isLessThan(500);
    Assertions.assertThat(response.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain("java.");
    if (changing) {
      Assertions.assertThat(response.statusCode()).as(what).isGreaterThanOrEqualTo(400);
    }
    Assertions.assertThat(state()).as(what).isEqualTo(before);
  }

  // ---- what they send: the bodies in IntakeBodies, hostile values in HostileInput; here the paths ----

  @Provide
  Arbitrary<String> reportPaths() {
    return Arbitraries.of("/api/reports/rescue", "/api/reports/rescue/cases", "/api/reports/rescue/cases.csv");
  }
}
