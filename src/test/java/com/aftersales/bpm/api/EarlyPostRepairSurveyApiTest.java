package com.aftersales.bpm.api;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.SurveyJson;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

/**
 * "Nothing lost": the customer answers the post-repair survey (naming the repair order) after the
 * repair, while the advisor's handover is still open in Tasklist. The answer was handed to the order only if it was
 * already waiting for it, so the order forgot it, asked the customer again and closed after 14
 * days as unanswered. Now it is kept on the order, which closes at the handover without asking.
 */
@ApplicationTest
class EarlyPostRepairSurveyApiTest extends ApplicationTestSupport {

  @Test
  void aSurveyAnsweredWhileTheHandoverIsOpenIsKeptAndTheOrderClosesAtTheHandoverWithoutAskingAgain() {
    String order = repairedNotHandedOver("EARLY-SURVEY-RO-1");
    String rescue = survey("EARLY-SURVEY-RO-1", "EARLY-SURVEY-A", 3);
    Assertions.assertThat(runtime.getVariable(order, "npsSurveyId")).as("kept on the order at once")
        .isEqualTo("EARLY-SURVEY-A");

    complete(order, "Task_Handover", Map.of("handoverNote", "done"));

    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(order).finished().count())
        .as("closed at the handover: no 14-day wait for an answer it has").isEqualTo(1);
    Assertions.assertThat(historicValue(order, "npsScore")).isEqualTo(3);
    Assertions.assertThat(historicValue(order, "rescueInstanceId")).as("linked to the rescue it started").isEqualTo(rescue);
    Assertions.assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(order)
        .activityId("Task_RequestSurvey").count()).as("the customer who answered is not asked again").isZero();
    Assertions.assertThat(management.createJobQuery().processInstanceId(order).count()).isZero();
  }

  @Test
  void aSecondSurveyForTheOrderChangesNothingAndOneAfterTheHandoverWaitsAsBefore() {
    String order = repairedNotHandedOver("EARLY-SURVEY-RO-2");
    survey("EARLY-SURVEY-RO-2", "EARLY-SURVEY-B", 9);
    survey("EARLY-SURVEY-RO-2", "EARLY-SURVEY-C", 2);
    Assertions.assertThat(runtime.getVariable(order, "npsSurveyId")).as("the first answer stands").isEqualTo("EARLY-SURVEY-B");
    complete(order, "Task_Handover", Map.of("handoverNote", "done"));
    Assertions.assertThat(historicValue(order, "npsScore")).isEqualTo(9);

    String waiting = repairedNotHandedOver("EARLY-SURVEY-RO-3");
    complete(waiting, "Task_Handover", Map.of("handoverNote", "done"));
    Assertions.assertThat(runtime.createEventSubscriptionQuery().processInstanceId(waiting)
        .eventName("PostRepairSurveyAnswered").count()).as("no answer yet: it waits").isEqualTo(1);
    survey("EARLY-SURVEY-RO-3", "EARLY-SURVEY-D", 10);
    Assertions.assertThat(historicValue(waiting, "npsScore")).isEqualTo(10);
    Assertions.assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(waiting)
        .activityId("Event_SurveyAnswered").finished().count()).as("taken at the wait").isEqualTo(1);
  }

  /**
   * A survey naming the order while it still waits for its part is about the visit, not the
   * repair: it is no post-repair answer, and the customer is asked after the handover as before.
   */
  @Test
  void aSurveyBeforeTheRepairIsDoneIsNoPostRepairAnswer() {
    String order = ReportedOrders.waitingForPart(http, runtime, tasks, "EARLY-SURVEY-RO-4", "EARLY-SURVEY-PART");
    survey("EARLY-SURVEY-RO-4", "EARLY-SURVEY-E", 4);
    Assertions.assertThat(runtime.getVariable(order, "npsSurveyId")).as("a visit's survey").isNull();

    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/EARLY-SURVEY-RO-4/arrival", "{}")
        .statusCode()).isEqualTo(204);
    complete(order, "Task_Repair", Map.of("repairDone", true));
    complete(order, "Task_Handover", Map.of("handoverNote", "done"));
    Assertions.assertThat(runtime.createEventSubscriptionQuery().processInstanceId(order)
        .eventName("PostRepairSurveyAnswered").count()).as("waits for the post-repair answer").isEqualTo(1);
    Assertions.assertThat(management.createJobQuery().processInstanceId(order).activityId("Task_RequestSurvey").count())
        .as("and asks for it").isEqualTo(1);
  }

  /**
   * The survey platform posts in batches: a visit's survey answered before the repair was done but
   * posted after it is still the visit's, not the repair's; the order keeps waiting for the
   * answer about the repair, which would otherwise be lost behind the first answer that stands.
   */
  @Test
  void aSurveyAnsweredBeforeTheRepairButPostedAfterItIsNoPostRepairAnswer() {
    String order = repairedNotHandedOver("EARLY-SURVEY-RO-5");
    survey("EARLY-SURVEY-RO-5", "EARLY-SURVEY-F", 4, Instant.now().minus(2, ChronoUnit.HOURS));
    Assertions.assertThat(runtime.getVariable(order, "npsSurveyId")).as("answered before the repair").isNull();

    survey("EARLY-SURVEY-RO-5", "EARLY-SURVEY-G", 9);
    Assertions.assertThat(runtime.getVariable(order, "npsSurveyId")).as("the answer about the repair")
        .isEqualTo("EARLY-SURVEY-G");
  }

  private String repairedNotHandedOver(String repairOrderId) {
    return repairedNotHandedOver(http, runtime, tasks, repairOrderId);
  }

  /** An L3 order whose part came and which is repaired: the advisor's handover is open. */
  static String repairedNotHandedOver(Http http, RuntimeService runtime, TaskService tasks, String repairOrderId) {
    String order = ReportedOrders.waitingForPart(http, runtime, tasks, repairOrderId, "EARLY-SURVEY-PART");
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/" + repairOrderId + "/arrival", "{}")
        .statusCode()).isEqualTo(204);
    complete(tasks, order, "Task_Repair", Map.of("repairDone", true));
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_Handover").count())
        .isEqualTo(1);
    return order;
  }

  /** Posts the customer's answer naming the order: the rescue's id for a low score, else null. */
  private String survey(String repairOrderId, String surveyId, int score) {
    return survey(repairOrderId, surveyId, score, Instant.now());
  }

  private String survey(String repairOrderId, String surveyId, int score, Instant at) {
    Instant answered = at.truncatedTo(ChronoUnit.SECONDS);
    HttpResponse<String> answer = http.postJson("integration", "/api/nps-responses", SurveyJson.survey(surveyId, score,
        answered).replace("\"serviceOrderId\":\"RO-" + surveyId + "\"", "\"serviceOrderId\":\"" + repairOrderId + "\""));
    Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    var rescue = runtime.createProcessInstanceQuery().processDefinitionKey("lowScoreRescue")
        .processInstanceBusinessKey(surveyId).singleResult();
    return rescue == null ? null : rescue.getId();
  }

  private Object historicValue(String instance, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(name).singleResult()
        .getValue();
  }

  private void complete(String order, String taskKey, Map<String, Object> form) {
    complete(tasks, order, taskKey, form);
  }

  static void complete(TaskService tasks, String order, String taskKey, Map<String, Object> form) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey(taskKey).singleResult().getId(),
        form);
  }
}
