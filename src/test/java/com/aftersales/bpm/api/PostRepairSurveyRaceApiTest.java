package com.aftersales.bpm.api;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.StartingGate;
import com.aftersales.bpm.support.SurveyJson;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two survey answers naming one repaired order at the same moment (the customer answers twice, or
 * the survey platform posts while the order closes): both intakes hand the answer to the order
 * waiting for its post-repair survey, and one loses on the engine's optimistic lock. That one was a
 * 500 and its survey was rolled back whole, the grade S rescue of a red score with it. The intake
 * is done again: both surveys are recorded and both rescues start; the order takes one answer.
 */
@ApplicationTest
class PostRepairSurveyRaceApiTest extends ApplicationTestSupport {

  private static final int ROUNDS = 5;

  @RegisterExtension final StartingGate gate = new StartingGate();

  @Test
  void twoLowScoresForOneRepairedOrderAtOnceStartTwoRescuesAndCloseTheOrderOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String repairOrderId = "RACE-SURVEY-RO-" + round;
      String order = repairedAndHandedOver(repairOrderId);
      Instant answered = Instant.now().truncatedTo(ChronoUnit.SECONDS); // after the repair: its answer
      String first = "RACE-SURVEY-A-" + round;
      String second = "RACE-SURVEY-B-" + round;

      var answers = gate.together(() -> post(repairOrderId, first, answered), () -> post(repairOrderId, second, answered));

      for (HttpResponse<String> answer : List.of(answers.first(), answers.second())) {
        Assertions.assertThat(answer.statusCode()).as("round %d: %s", round, answer.body()).isEqualTo(201);
      }
      Assertions.assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("lowScoreRescue")
          .processInstanceBusinessKeyIn(first, second).count())
          .as("round %d: a rescue for each red score", round).isEqualTo(2);
      Assertions.assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(order)
          .activityId("Event_SurveyAnswered").count()).as("round %d: the order took one answer", round).isEqualTo(1);
      Assertions.assertThat(runtime.getVariable(order, "npsSurveyId")).as("round %d", round).isIn(first, second);
    }
  }

  /** An L3 order whose part came, repaired and handed over: it waits for its post-repair survey. */
  private String repairedAndHandedOver(String repairOrderId) {
    String order = EarlyPostRepairSurveyApiTest.repairedNotHandedOver(http, runtime, tasks, repairOrderId);
    EarlyPostRepairSurveyApiTest.complete(tasks, order, "Task_Handover", Map.of("handoverNote", "done"));
    Assertions.assertThat(runtime.createEventSubscriptionQuery().processInstanceId(order)
        .eventName("PostRepairSurveyAnswered").count()).as("waiting for the survey").isEqualTo(1);
    return order;
  }

  private HttpResponse<String> post(String repairOrderId, String surveyId, Instant answered) {
    return http.postJson("integration", "/api/nps-responses", SurveyJson.survey(surveyId, 2, answered)
        .replace("\"serviceOrderId\":\"RO-" + surveyId + "\"", "\"serviceOrderId\":\"" + repairOrderId + "\""));
  }
}
