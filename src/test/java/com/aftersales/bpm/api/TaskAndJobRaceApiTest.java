package com.aftersales.bpm.api;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.StartingGate;
import com.aftersales.bpm.support.SurveyJson;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person completes a task while the job beside it (the notification that ends its own branch)
 * commits at the same moment on the same case: two threads start together on a latch, many rounds.
 * The person gets 204 (a completion that lost is tried once more by the application), or, when
 * that loses too, 409 "the case changed meanwhile" and submits again; never a 500. Every round ends
 * with the task completed once, the next step open, the notification sent, no incident.
 */
@ApplicationTest
class TaskAndJobRaceApiTest extends ApplicationTestSupport {

  private static final int ROUNDS = 30;
  /** The job starts 0, 4, ... 56 ms after the person's request, round by round. */
  private static final int OFFSETS = 15;
  private static final String TAKE_OVER = "\"apologyCallDone\": {\"value\": true}, \"mobilityArranged\": {\"value\": \"LOANER\"}";

  @LocalServerPort int port;
  @RegisterExtension final StartingGate gate = new StartingGate();

  @Test
  void theManagerTakesOverOnTheRestApiWhileTheNotificationIsSent() throws Exception {
    race("take-over, /engine-rest", round -> takeOverOrder("RACE-TO-" + round), "Task_ManagerTakeOver",
        "Task_NotifyTakeOver", "Task_SetExpectation",
        task -> http.postJson("manager", "/engine-rest/task/" + task + "/complete", "{\"variables\": {" + TAKE_OVER + "}}"));
  }

  @Test
  void theManagerTakesOverInTasklistWhileTheNotificationIsSent() throws Exception {
    WebappBrowser tasklist = WebappBrowser.loggedIn(port, "tasklist", "manager");
    race("take-over, Tasklist", round -> takeOverOrder("RACE-TL-" + round), "Task_ManagerTakeOver",
        "Task_NotifyTakeOver", "Task_SetExpectation", task -> {
          try {
            return tasklist.postJson("/camunda/api/engine/engine/default/task/" + task + "/submit-form",
                "{\"variables\": {" + TAKE_OVER + "}}");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void theAdvisorsFirstContactOnTheRestApiWhileTheResponderIsNotified() throws Exception {
    String callback = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES).toString()
        .replaceAll(":00Z$", "Z"); // as the form's date-time field sends it
    String firstContact = """
        "leapListened": {"value": true}, "leapEmpathized": {"value": true}, "leapAcknowledged": {"value": true},
        "leapPromised": {"value": true}, "painPoints": {"value": "waited too long"},
        "promise": {"value": "a solution tonight"}, "promisedCallbackAt": {"value": "%s"}""".formatted(callback);
    race("first contact, /engine-rest", this::rescue, "Task_FirstContact", "Task_NotifyResponder", "Task_Investigate",
        task -> http.postJson("advisor", "/engine-rest/task/" + task + "/complete", "{\"variables\": {" + firstContact + "}}"));
  }

  /**
   * Per round: a new case, then the person's completion and the notification's job together. A
   * 409 is submitted again, as a person would; a job that lost is run again, as the job executor would.
   */
  private void race(String what, Function<Integer, String> newCase, String taskKey, String notificationTask,
      String nextTask, Function<String, HttpResponse<String>> complete) throws Exception {
    Map<String, Integer> firstAnswers = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    Map<String, Integer> jobFailures = new TreeMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      String instance = newCase.apply(round);
      String task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult().getId();
      Job notification = management.createJobQuery().processInstanceId(instance).activityId(notificationTask).singleResult();

      Duration jobOffset = Duration.ofMillis(round % OFFSETS * 4L); // sweeps the job's commit across the request
      HttpResponse<String> answer = gate.together(() -> complete.apply(task), jobOffset,
          () -> runAsTheJobExecutorWould(notification.getId(), jobFailures)).first();
      if (answer.statusCode() == 500) {
        System.out.printf("%s round %d: %s%n", what, round, answer.body());
      }
      firstAnswers.merge(answer.statusCode() + exceptionType(answer), 1, Integer::sum);
      if (answer.statusCode() != 204 && answer.statusCode() != 409) {
        failures.add("round " + round + ": " + answer.statusCode() + " " + answer.body());
      }
      for (int again = 0; answer.statusCode() == 409 && again < 3; again++) {
        Assertions.assertThat(answer.body()).contains("changed meanwhile");
        answer = complete.apply(task);
      }
      if (answer.statusCode() == 204) {
        assertDoneOnce(what + " round " + round, instance, taskKey, notificationTask, nextTask);
      }
    }
    System.out.printf("%s: first answers over %d rounds: %s; notification jobs that lost and ran again: %s%n",
        what, ROUNDS, firstAnswers, jobFailures);
    Assertions.assertThat(failures).as("%s: first answers %s", what, firstAnswers).isEmpty();
  }

  private void assertDoneOnce(String round, String instance, String taskKey, String notificationTask, String nextTask) {
    Assertions.assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .finished().count()).as("%s: completed once", round).isEqualTo(1);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).count())
        .as("%s: not open any more", round).isZero();
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(nextTask).count())
        .as("%s: the next step is open once", round).isEqualTo(1);
    Assertions.assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId(notificationTask).finished().count()).as("%s: notified once", round).isEqualTo(1);
    Assertions.assertThat(management.createJobQuery().processInstanceId(instance).activityId(notificationTask).count())
        .as("%s: no notification left", round).isZero();
    Assertions.assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).as("%s: no incident", round)
        .isZero();
  }

  /**
   * Executes the job; one that failed stays (an optimistic locking failure costs no retry) and is run
   * again, as the job executor would, at most four times in all. Its failures by exception type go into {@code failures}.
   */
  private int runAsTheJobExecutorWould(String jobId, Map<String, Integer> failures) {
    for (int repeated = 0; ; repeated++) {
      try {
        management.executeJob(jobId);
        return repeated;
      } catch (RuntimeException e) {
        synchronized (failures) {
          failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
        }
        // the job executor runs a job that lost the race again without counting a retry, as often as it
        // loses; a job that cannot win in a few runs is a real failure
        Assertions.assertThat(repeated).as("the job lost %d times; last: %s", repeated + 1, e).isLessThan(4);
      }
    }
  }

  /** A car that cannot be driven: the manager takes over, and is told so by a notification. */
  private String takeOverOrder(String repairOrderId) {
    String body = PartShortages.report(repairOrderId, "CANNOT_DRIVE").supplierEta(LocalDate.of(2099, 1, 1)).json();
    HttpResponse<String> reported = http.postJson("integration", "/api/part-shortages", body);
    Assertions.assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(repairOrderId).singleResult().getId();
  }

  /** A grade B rescue (score 6): the advisor makes the first contact, the responder is notified. */
  private String rescue(int round) {
    String surveyId = "RACE-FC-" + round;
    HttpResponse<String> started = http.postJson("integration", "/api/nps-responses",
        SurveyJson.survey(surveyId, 6, Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS)));
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(surveyId).singleResult().getId();
  }

  private static String exceptionType(HttpResponse<String> answer) {
    int at = answer.body().indexOf("\"type\":\"");
    return at < 0 ? "" : " " + answer.body().substring(at + 8, answer.body().indexOf('"', at + 8));
  }
}
