package com.aftersales.bpm.parts;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * SPEC 2.4 signals 3 to 5 on our own call: the proactive update's form takes the customer's words,
 * and the order's crisis check reads them as it reads a call or message the customer sends. SPEC 2.3:
 * an answer to the customer, like an update, gives the time of the next answer.
 */
@ApplicationTest
class ProactiveUpdateWordsApiTest extends ApplicationTestSupport {

  @Test
  void theAdvisorRecordsTheCustomersWordsOnTheUpdateAndTwoSignalsEscalateTheOrder() {
    String order = waitingOrder("UPDATE-WORDS-1");
    Task update = tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_ProactiveUpdate").singleResult();

    HttpResponse<String> done = http.postJson("advisor", "/engine-rest/task/" + update.getId() + "/submit-form",
        "{\"variables\": {\"whatWasSaid\": {\"value\": \"no news today, I am on it\"}, "
            + "\"nextAnswerBy\": {\"value\": \"tomorrow 17:00\"}, \"customerReaction\": {\"value\": \"ANGRY\"}, "
            + "\"latestContactText\": {\"value\": \"再拖下去我就找律师,今天必须给个准信\"}}}");

    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    Assertions.assertThat(runtime.getVariables(order, List.of("crisisSignals", "escalated")))
        .containsEntry("crisisSignals", "COMPLAINT_WORDS,DEMANDS_DEADLINE").containsEntry("escalated", true);
  }

  @Test
  void theUpdateOpensWithoutTheLastMessageTheCrmPostedSoThatNobodyTakesItForTodaysWords() throws Exception {
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages",
        PartShortages.report("UPDATE-WORDS-2", "MINOR").json()).statusCode()).isEqualTo(201);
    String order = runtime.createProcessInstanceQuery().processInstanceBusinessKey("UPDATE-WORDS-2").singleResult().getId();
    tasks.complete(open(order, "Task_SetExpectation"), PartShortages.expectation(PartShortages.keptPromise()));
    HttpResponse<String> contact = http.postJson("integration", "/api/part-shortages/UPDATE-WORDS-2/customer-contacts",
        PartShortages.chasingCall("我要投诉"));
    Assertions.assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
    tasks.complete(open(order, "Task_AnswerCustomer"), Map.of("answer", "the part ships tomorrow"));
    management.executeJob(management.createJobQuery().processInstanceId(order).activityId("StartEvent_UpdateDue")
        .singleResult().getId());

    HttpResponse<String> form = http.get("advisor", "/engine-rest/task/" + open(order, "Task_ProactiveUpdate")
        + "/form-variables?variableNames=latestContactText");
    Assertions.assertThat(json.readTree(form.body()).at("/latestContactText/value").isNull()).as(form.body()).isTrue();
  }

  @Test
  void anOpenAnswerKeepsShowingTheMessageItAnswersWhenAnUpdateIsGivenWithoutWordsOrAnotherMessageComes() throws Exception {
    String order = waitingOrder("UPDATE-WORDS-3");
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/UPDATE-WORDS-3/customer-contacts",
        PartShortages.chasingCall("车到底什么时候修好")).statusCode()).isEqualTo(201);
    String answer = open(order, "Task_AnswerCustomer");

    HttpResponse<String> done = http.postJson("advisor", "/engine-rest/task/" + open(order, "Task_ProactiveUpdate")
        + "/submit-form", "{\"variables\": {\"whatWasSaid\": {\"value\": \"no news today\"}, "
        + "\"nextAnswerBy\": {\"value\": \"tomorrow 17:00\"}, \"customerReaction\": {\"value\": \"CALM\"}}}");
    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    Assertions.assertThat(shownOn(answer)).isEqualTo("车到底什么时候修好");

    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/UPDATE-WORDS-3/customer-contacts",
        PartShortages.chasingCall("还是没消息")).statusCode()).isEqualTo(201);
    Assertions.assertThat(shownOn(answer)).isEqualTo("车到底什么时候修好");
    HttpResponse<String> answered = http.postJson("advisor", "/engine-rest/task/" + answer + "/submit-form",
        "{\"variables\": {\"answer\": {\"value\": \"ships tomorrow\"}, \"nextAnswerBy\": {\"value\": \"tomorrow 10:00\"}, "
            + "\"latestContactText\": {\"value\": \"车到底什么时候修好\"}}}");
    Assertions.assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
  }

  /** SPEC 2.3, seed 003's rule 1: an answer to a customer who chased gives the time of the next answer, never "I don't know". */
  @Test
  void anAnswerWithoutTheTimeOfTheNextAnswerIsRefusedAndStaysOpen() {
    String order = waitingOrder("UPDATE-WORDS-4");
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/UPDATE-WORDS-4/customer-contacts",
        PartShortages.chasingCall("到底什么时候到货")).statusCode()).isEqualTo(201);
    String answer = open(order, "Task_AnswerCustomer");

    HttpResponse<String> refused = http.postJson("advisor", "/engine-rest/task/" + answer + "/submit-form",
        "{\"variables\": {\"answer\": {\"value\": \"I don't know when it comes\"}}}");

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("(nextAnswerBy) is required");
    Assertions.assertThat(tasks.createTaskQuery().taskId(answer).count()).as("the answer stays open").isEqualTo(1);
    HttpResponse<String> answered = http.postJson("advisor", "/engine-rest/task/" + answer + "/submit-form",
        "{\"variables\": {\"answer\": {\"value\": \"supply is checking today\"}, "
            + "\"nextAnswerBy\": {\"value\": \"by 10:00 tomorrow\"}}}");
    Assertions.assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
  }

  /** What the Answer the customer form shows as the customer's words. */
  private String shownOn(String answerTask) throws Exception {
    HttpResponse<String> form = http.get("advisor", "/engine-rest/task/" + answerTask
        + "/form-variables?variableNames=latestContactText");
    return json.readTree(form.body()).at("/latestContactText/value").asText(null);
  }

  private String open(String order, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey(taskKey).singleResult().getId();
  }

  /** An L3 order promised and waiting, its first proactive update due and open. */
  private String waitingOrder(String repairOrderId) {
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages",
        PartShortages.report(repairOrderId, "MINOR").json()).statusCode()).isEqualTo(201);
    String order = runtime.createProcessInstanceQuery().processInstanceBusinessKey(repairOrderId).singleResult().getId();
    String promise = PartShortages.keptPromise();
    tasks.complete(tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_SetExpectation")
        .singleResult().getId(), Map.of("promisedDate", promise, "worstCaseDate", promise,
        "customerOption", "A_LEAVE_CAR", "waitingBenefit", "LOANER", "commitmentsExplained", true));
    management.executeJob(management.createJobQuery().processInstanceId(order).activityId("StartEvent_UpdateDue")
        .singleResult().getId());
    return order;
  }
}
