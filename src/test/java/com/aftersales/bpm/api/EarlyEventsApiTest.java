package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, no event is lost: an arrival or a re-rating that comes before its case waits for it
 * is kept (202) and applied when the case gets there; a repeat changes nothing.
 */
@ApplicationTest
class EarlyEventsApiTest extends ApplicationTestSupport {

  static String report(String repairOrderId, String condition, String partNumber) {
    return PartShortages.report(repairOrderId, condition)
        .reportedAt(Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS))
        .customer("C-" + repairOrderId, "李先生", "+86 139 0000 0001").vehicle("Model 3", "沪A54321")
        .part(partNumber, "Steering assist").json();
  }

  @Test
  void anArrivalBeforeTheOrderWaitsIsKeptAndTheOrderGoesStraightToTheRepairOnce() throws Exception {
    String order = ReportedOrders.reported(http, runtime, "EARLY-RO-1", "CORE_FUNCTION_IMPAIRED", "EARLY-PART-1");
    Assertions.assertThat(waitingOrders("EARLY-PART-1")).as("waiting for the part").containsExactly("EARLY-RO-1");
    Instant arrivedAt = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    String arrival = "{\"arrivedAt\":\"" + arrivedAt + "\"}";

    HttpResponse<String> kept = http.postJson("integration", "/api/part-shortages/EARLY-RO-1/arrival", arrival);
    Assertions.assertThat(kept.statusCode()).as(kept.body()).isEqualTo(202);
    JsonNode body = json.readTree(kept.body());
    Assertions.assertThat(body.get("repairOrderId").asText()).isEqualTo("EARLY-RO-1");
    Assertions.assertThat(body.get("status").asText()).isEqualTo("KEPT");
    Assertions.assertThat(Instant.parse(body.get("partArrivedAt").asText())).isEqualTo(arrivedAt);
    Assertions.assertThat(body.get("message").asText()).contains("not waiting for the part yet");
    Assertions.assertThat(openTasks(order)).as("the manager review and the first conversation go on")
        .containsExactlyInAnyOrder("Task_ManagerReview", "Task_SetExpectation");
    Assertions.assertThat(waitingOrders("EARLY-PART-1")).as("the part is here: no longer in the batch").isEmpty();
    Assertions.assertThat(partArrivedAtInReport(order)).as("the report counts the arrival").isEqualTo(arrivedAt);

    complete(order, "Task_ManagerReview", "reviewNote", "priority");
    HttpResponse<String> keptAgain = http.postJson("integration", "/api/part-shortages/EARLY-RO-1/arrival", "{}");
    Assertions.assertThat(keptAgain.statusCode()).as("a repeat while kept: as the first").isEqualTo(202);
    Assertions.assertThat(Instant.parse(json.readTree(keptAgain.body()).get("partArrivedAt").asText()))
        .as("the first arrival's time").isEqualTo(arrivedAt);
    Assertions.assertThat(openTasks(order)).containsExactly("Task_SetExpectation");

    complete(order, "Task_SetExpectation", "promisedDate", PartShortages.keptPromise());
    Assertions.assertThat(openTasks(order)).as("straight to the repair").containsExactly("Task_Repair");
    Assertions.assertThat(runtime.getVariable(order, "partArrivedAt")).isEqualTo(Date.from(arrivedAt));
    Assertions.assertThat(passed(order, "SubProcess_Waiting")).as("never waited").isZero();

    HttpResponse<String> applied = http.postJson("integration", "/api/part-shortages/EARLY-RO-1/arrival", arrival);
    Assertions.assertThat(applied.statusCode()).as("a repeat once applied: as an arrival the order took").isEqualTo(204);
    Assertions.assertThat(runtime.getVariable(order, "partArrivedAt")).isEqualTo(Date.from(arrivedAt));
    complete(order, "Task_Repair", "repairDone", true);
    Assertions.assertThat(openTasks(order)).containsExactly("Task_Handover");
    Assertions.assertThat(passed(order, "Task_Repair")).as("one repair").isEqualTo(1);
    Assertions.assertThat(partArrivedAtInReport(order)).isEqualTo(arrivedAt);

    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/NO-SUCH-ORDER/arrival", arrival)
        .statusCode()).isEqualTo(404);
  }

  @Test
  void aReRatingBeforeTheRescueWaitsIsKeptAndDecidesTheOutcomeWithoutInvitationOrWait() throws Exception {
    Instant answeredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    HttpResponse<String> started = http.postJson("integration", "/api/nps-responses", survey("EARLY-SV-1", 5, answeredAt));
    String rescue = json.readTree(started.body()).get("processInstanceId").asText();
    complete(rescue, "Task_FirstContact", "leapListened", true, "leapEmpathized", true, "leapAcknowledged", true,
        "leapPromised", true, "painPoints", "late", "promise", "call by 20:00", "promisedCallbackAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString());
    String reRating = "{\"score\":9,\"answeredAt\":\"" + answeredAt + "\"}";

    HttpResponse<String> kept = http.postJson("integration", "/api/nps-responses/EARLY-SV-1/re-rating", reRating);
    Assertions.assertThat(kept.statusCode()).as(kept.body()).isEqualTo(202);
    JsonNode body = json.readTree(kept.body());
    Assertions.assertThat(body.get("status").asText()).isEqualTo("KEPT");
    Assertions.assertThat(body.get("score").asInt()).isEqualTo(9);
    Assertions.assertThat(body.get("processInstanceId").asText()).isEqualTo(rescue);
    Assertions.assertThat(body.get("message").asText()).contains("kept");
    Assertions.assertThat(openTasks(rescue)).as("the rescue goes on").contains("Task_Investigate");
    HttpResponse<String> keptAgain = http.postJson("integration", "/api/nps-responses/EARLY-SV-1/re-rating", reRating);
    Assertions.assertThat(keptAgain.statusCode()).isEqualTo(202);
    Assertions.assertThat(keptAgain.body()).isEqualTo(kept.body());
    HttpResponse<String> other = http.postJson("integration", "/api/nps-responses/EARLY-SV-1/re-rating",
        reRating.replace("\"score\":9", "\"score\":4"));
    Assertions.assertThat(other.statusCode()).as("a different re-rating does not replace the kept one").isEqualTo(409);
    Assertions.assertThat(other.body()).contains("\"field\":\"score\"");

    complete(rescue, "Task_Investigate", "facts", "logs", "responsibility", "OURS", "rootCauseCategory", "WAIT_TIME",
        "shortTermRemedy", "apology");
    complete(rescue, "Task_DesignSolution", "problemFixValue", 100L, "lossCompensationValue", 0L,
        "emotionalRepairValue", 0L);
    Assertions.assertThat(runtime.getVariable(rescue, "outcome")).as("not decided while working").isNull();
    complete(rescue, "Task_ExecuteAndFollowUp", "customerResponse", "ACCEPTED", "progressUpdates", "photos");

    Assertions.assertThat(runtime.getVariable(rescue, "outcome")).isEqualTo("PROMOTER");
    Assertions.assertThat(runtime.getVariable(rescue, "reRatingScore")).isEqualTo(9);
    Assertions.assertThat(runtime.getVariable(rescue, "reRatedAt")).isEqualTo(Date.from(answeredAt));
    Assertions.assertThat(passed(rescue, "Task_InviteReRating") + passed(rescue, "Gateway_AwaitReRating"))
        .as("no invitation, no 7-day wait").isZero();
    Assertions.assertThat(runtime.createEventSubscriptionQuery().processInstanceId(rescue).eventName("ReRatingReceived")
        .count()).isZero();

    HttpResponse<String> applied = http.postJson("integration", "/api/nps-responses/EARLY-SV-1/re-rating", reRating);
    Assertions.assertThat(applied.statusCode()).as("a repeat once applied").isEqualTo(200);
    Assertions.assertThat(json.readTree(applied.body()).get("status").asText()).isEqualTo("APPLIED");
    Assertions.assertThat(json.readTree(applied.body()).get("score").asInt()).isEqualTo(9);
    Assertions.assertThat(runtime.getVariable(rescue, "outcome")).isEqualTo("PROMOTER");

    Assertions.assertThat(http.postJson("integration", "/api/nps-responses/NO-SUCH-SURVEY/re-rating", reRating)
        .statusCode()).isEqualTo(404);
  }

  private java.util.List<String> waitingOrders(String partNumber) throws Exception {
    HttpResponse<String> batch = http.get("parts", "/api/part-shortages?partNumber=" + partNumber + "&status=waiting");
    Assertions.assertThat(batch.statusCode()).isEqualTo(200);
    return json.readTree(batch.body()).get("orders").findValuesAsText("repairOrderId");
  }

  private Instant partArrivedAtInReport(String order) {
    Timestamp at = jdbc.queryForObject("SELECT part_arrived_at FROM parts_order WHERE process_instance_id = ?",
        Timestamp.class, order);
    return at == null ? null : at.toInstant();
  }

  private java.util.List<String> openTasks(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).list().stream()
        .map(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey).sorted().toList();
  }

  private long passed(String instance, String activityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(activityId).count();
  }

  private void complete(String instance, String key, Object... keysAndValues) {
    var task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    tasks.complete(task.getId(), variables);
  }
}
