package com.aftersales.bpm.operations;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.audit.SlaVariables;
import com.aftersales.bpm.notification.DeliveryLog;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.notification.NotificationDispatcher;
import com.aftersales.bpm.notification.NotificationPort;
import com.aftersales.bpm.rescue.NpsResponse;
import com.aftersales.bpm.rescue.SurveyIntakeService;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14: what the Prometheus scrape says, read as the monitoring account does: the engine's job
 * figures as the engine counts them, and our counters going up by exactly what happened.
 */
@ApplicationTest
class OperationsMetricsTest extends ApplicationTestSupport {

  private static final String RESCUES_STARTED = "aftersales_cases_started_total{process=\"lowScoreRescue\"}";
  private static final String FOLLOW_UPS_STARTED = "aftersales_cases_started_total{process=\"passiveFollowUp\"}";
  private static final String RESPONSE_SLA_BREACHES =
      "aftersales_sla_breaches_total{process=\"lowScoreRescue\",sla=\"Timer_ResponseSla\"}";
  private static final String JOBS_SUCCESSFUL = "camunda_job_executions_total{outcome=\"successful\"}";

  @Autowired SurveyIntakeService intake;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MeterRegistry meters;

  @Test
  void aRescueStartedThroughTheApiCountsOnce() {
    Scrape before = scrape();

    String rescue = post("OPS-START-1", 2);

    Scrape after = scrape();
    Assertions.assertThat(rescue).isNotNull();
    Assertions.assertThat(after.value(RESCUES_STARTED)).isEqualTo(before.value(RESCUES_STARTED) + 1);
    Assertions.assertThat(after.value(FOLLOW_UPS_STARTED)).isEqualTo(before.value(FOLLOW_UPS_STARTED));
  }

  @Test
  void aStartWhoseTransactionRollsBackCountsNothing() throws Exception {
    NpsResponse survey = json.readValue(survey("OPS-ROLLBACK-1", 2, now()), NpsResponse.class);
    Scrape before = scrape();

    new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      Assertions.assertThat(intake.receive(survey, "ops-test").result().processInstanceId()).isNotNull();
      tx.setRollbackOnly();
    });

    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("OPS-ROLLBACK-1").count())
        .as("the start was rolled back").isZero();
    Assertions.assertThat(scrape().value(RESCUES_STARTED)).isEqualTo(before.value(RESCUES_STARTED));
  }

  @Test
  void aMissedResponseSlaCountsOneBreachOfThatSla() {
    String rescue = post("OPS-SLA-1", 1);
    Job sla = management.createJobQuery().processInstanceId(rescue).activityId("Timer_ResponseSla").singleResult();
    Scrape before = scrape();

    management.executeJob(sla.getId());

    Assertions.assertThat(runtime.getVariable(rescue, SlaVariables.SLA_BREACHES.name())).as("the case records it")
        .isEqualTo(1);
    Scrape after = scrape();
    Assertions.assertThat(after.value(RESPONSE_SLA_BREACHES)).isEqualTo(before.value(RESPONSE_SLA_BREACHES) + 1);
    Assertions.assertThat(after.value(JOBS_SUCCESSFUL)).as("the engine's own count of the timer job")
        .isEqualTo(before.value(JOBS_SUCCESSFUL) + 1);
  }

  @Test
  void aFirstContactDoneAfterItsDeadlineCountsOneBreachThoughItsTimerNeverFired() {
    String rescue = post("OPS-SLA-2", 1); // grade S: due in 2 h
    String firstContact = tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_FirstContact")
        .singleResult().getId();
    Scrape before = scrape();

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(3)))); // no job executor in the tests
    try {
      tasks.complete(firstContact, Map.of("leapListened", true, "leapEmpathized", true, "leapAcknowledged", true,
          "leapPromised", true, "painPoints", "waited", "promise", "call back",
          "promisedCallbackAt", Date.from(Instant.now().plus(Duration.ofDays(1)))));
    } finally {
      ClockUtil.reset();
    }

    Assertions.assertThat(runtime.getVariable(rescue, SlaVariables.SLA_BREACHES.name())).isEqualTo(1);
    Assertions.assertThat(scrape().value(RESPONSE_SLA_BREACHES)).isEqualTo(before.value(RESPONSE_SLA_BREACHES) + 1);
  }

  @Test
  void aFailedDeliveryAttemptCountsForItsChannel() {
    NotificationPort down = new NotificationPort() {
      @Override
      public String channel() {
        return "ops-test-sms";
      }

      @Override
      public void send(Notification notification) {
        throw new IllegalStateException("gateway unreachable");
      }
    };
    NotificationDispatcher dispatcher = new NotificationDispatcher(List.of(down), DeliveryLog.NONE, meters);
    String failed = "aftersales_notifications_failed_total{channel=\"ops-test-sms\"}";
    Assertions.assertThat(scrape().value(failed)).as("present before the first failure").isZero();

    for (int attempt = 0; attempt < 2; attempt++) {
      Assertions.assertThatThrownBy(() -> dispatcher.dispatch(new Notification("ops-n-1", Instant.now(), "ALERT",
          "service-manager", "subject", "message", "OPS-N-1", null))).hasMessageContaining("gateway unreachable");
    }

    Assertions.assertThat(scrape().value(failed)).isEqualTo(2);
  }

  /** Counted when scraped, by the monitoring account, which holds no engine authorization. */
  @Test
  void theJobGaugesAreTheEnginesCountsOfAllJobs() {
    post("OPS-GAUGE-1", 2);

    Scrape scrape = scrape();

    long due = management.createJobQuery().executable().active().count();
    Assertions.assertThat(due).as("the new rescue's notification waits for the job executor").isPositive();
    Assertions.assertThat(scrape.value("aftersales_jobs_due")).isEqualTo(due);
    Assertions.assertThat(scrape.value("aftersales_jobs_timers_due"))
        .isEqualTo(management.createJobQuery().timers().executable().active().count());
    Assertions.assertThat(scrape.value("aftersales_jobs_locked")).isEqualTo(management.createJobQuery().acquired().count());
    Assertions.assertThat(scrape.value("aftersales_jobs_no_retries_left"))
        .isEqualTo(management.createJobQuery().noRetriesLeft().count());
    Assertions.assertThat(scrape.value("aftersales_incidents_open")).isEqualTo(runtime.createIncidentQuery().count());
  }

  private String post(String surveyId, int score) {
    HttpResponse<String> response = http.postJson("integration", "/api/nps-responses", survey(surveyId, score, now()));
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(surveyId).singleResult().getId();
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  private Scrape scrape() {
    HttpResponse<String> response = http.get("monitoring", "/actuator/prometheus");
    Assertions.assertThat(response.statusCode()).isEqualTo(200);
    return new Scrape(response.body());
  }

  /** The text exposition format: one "series value" per line, comments start with #. */
  record Scrape(String text) {
    double value(String series) {
      return text.lines().filter(line -> !line.startsWith("#"))
          .filter(line -> line.substring(0, line.lastIndexOf(' ')).equals(series))
          .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
          .findFirst().orElseThrow(() -> new AssertionError(series + " is not in the scrape"));
    }
  }
}
