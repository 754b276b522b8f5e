package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.StartingGate;
import com.aftersales.bpm.support.StartingGate.Results;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same case changed from two sides at the same moment: an arrival posted while the customer's
 * expectation is being set, and identical intakes in flight at once. Two threads start together
 * on a latch, many rounds; every round must end in exactly one consistent case.
 */
@ApplicationTest
class ConcurrentEventsApiTest extends ApplicationTestSupport {

  private static final int ROUNDS = 30;
  /** What the form of "Set the customer's expectation" sends for an order that can be driven. */
  static final Map<String, Object> EXPECTATION = PartShortages.expectation(PartShortages.keptPromise());

  @RegisterExtension final StartingGate gate = new StartingGate();

  @Test
  void anArrivalPostedWhileTheExpectationIsSetEndsAtTheRepairExactlyOnce() throws Exception {
    Map<String, Integer> answers = new TreeMap<>();
    int completionsRepeated = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String repairOrderId = "RACE-RO-" + round;
      String order = ReportedOrders.reported(http, runtime, repairOrderId, "MINOR", "RACE-PART");
      String setExpectation = tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_SetExpectation")
          .singleResult().getId();
      Instant arrivedAt = Instant.now().minusSeconds(60 + round).truncatedTo(ChronoUnit.SECONDS);

      Results<Integer, HttpResponse<String>> results = gate.together(
          () -> completeAsAUserWould(setExpectation),
          () -> http.postJson("integration", "/api/part-shortages/" + repairOrderId + "/arrival",
              "{\"arrivedAt\":\"" + arrivedAt + "\"}"));
      completionsRepeated += results.first();
      HttpResponse<String> arrival = results.second();
      Assertions.assertThat(arrival.statusCode()).as("round %d: %s", round, arrival.body()).isIn(202, 204);
      answers.merge(String.valueOf(arrival.statusCode()), 1, Integer::sum);

      Assertions.assertThat(tasks.createTaskQuery().processInstanceId(order).list())
          .as("round %d: at the repair, and only there", round)
          .extracting(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey).containsExactly("Task_Repair");
      Assertions.assertThat(runtime.createEventSubscriptionQuery().processInstanceId(order).eventName("PartArrived")
          .count()).as("round %d: nobody waits for an arrival that was accepted", round).isZero();
      Assertions.assertThat(runtime.getVariable(order, "partArrivedAt")).as("round %d", round)
          .isEqualTo(Date.from(arrivedAt));
      long waited = history.createHistoricActivityInstanceQuery().processInstanceId(order)
          .activityId("Event_PartArrived").count();
      Assertions.assertThat(waited).as("round %d: 204 means the order waited and took it, 202 that it never waited",
          round).isEqualTo(arrival.statusCode() == 204 ? 1 : 0);
    }
    System.out.printf("arrival answers over %d rounds: %s; task completions repeated after losing the race: %d%n",
        ROUNDS, answers, completionsRepeated);
  }

  @Test
  void twoIdenticalSurveysAtOnceStartOneRescueAndGetTheSameAnswer() throws Exception {
    for (int round = 0; round < 5; round++) {
      String surveyId = "RACE-SV-" + round;
      String body = survey(surveyId, 2, Instant.now().truncatedTo(ChronoUnit.SECONDS));
      var answers = gate.together(
          () -> http.postJson("integration", "/api/nps-responses", body),
          () -> http.postJson("integration", "/api/nps-responses", body));
      assertOneStartedAndTheSameAnswer(answers, "lowScoreRescue", surveyId);
    }
  }

  @Test
  void twoIdenticalShortageReportsAtOnceStartOneOrderAndGetTheSameAnswer() throws Exception {
    for (int round = 0; round < 5; round++) {
      String repairOrderId = "RACE-REPORT-" + round;
      String body = EarlyEventsApiTest.report(repairOrderId, "CANNOT_DRIVE", "RACE-PART-2");
      var answers = gate.together(
          () -> http.postJson("integration", "/api/part-shortages", body),
          () -> http.postJson("integration", "/api/part-shortages", body));
      assertOneStartedAndTheSameAnswer(answers, "partsShortageEscalation", repairOrderId);
    }
  }

  private void assertOneStartedAndTheSameAnswer(Results<HttpResponse<String>, HttpResponse<String>> answers,
      String process, String businessKey) {
    HttpResponse<String> first = answers.first();
    HttpResponse<String> second = answers.second();
    Assertions.assertThat(List.of(first.statusCode(), second.statusCode())).as("%s: %s | %s", businessKey,
        first.body(), second.body()).containsExactlyInAnyOrder(201, 200);
    Assertions.assertThat(second.body()).isEqualTo(first.body());
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(process)
        .processInstanceBusinessKey(businessKey).count()).as("%s: one case, the loser's rolled back", businessKey)
        .isEqualTo(1);
  }

  /** Completes the task with what the form sends; a user whose submit lost the race submits again. */
  private int completeAsAUserWould(String taskId) {
    for (int repeated = 0; ; repeated++) {
      try {
        tasks.complete(taskId, EXPECTATION);
        return repeated;
      } catch (OptimisticLockingException e) {
        Assertions.assertThat(repeated).as("a second submit finds the arrival and succeeds").isZero();
      }
    }
  }
}
