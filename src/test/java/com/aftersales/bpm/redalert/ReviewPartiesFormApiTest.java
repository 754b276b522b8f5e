package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.support.RedAlertJson.alert;
import static com.aftersales.bpm.support.RedAlertJson.discovered;
import static com.aftersales.bpm.support.RedAlertJson.order;
import static com.aftersales.bpm.support.RedAlertJson.withMedia;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.RedAlertTasks;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * SPEC 5: the review the same evening is the three parties' (and marketing's when media were
 * involved). Its form records who took part, enforced by the server like the other fields; a party
 * missing does not stop the review, it is recorded with it (reviewPartiesMissing).
 */
@ApplicationTest
class ReviewPartiesFormApiTest extends ApplicationTestSupport {

  private static final String REVIEW = "\"overtimeCost\": {\"value\": 0}, \"alternativeCost\": {\"value\": 9000}, "
      + "\"whatWouldWeDoDifferently\": {\"value\": \"call all three at once\"}, \"nominatedForReview\": {\"value\": false}";

  @Test
  void whoTookPartIsRequiredFromTheOfferedPartiesAndTheMissingOnesAreRecorded() throws Exception {
    String alert = atReview("API-RA-REVIEW-MEDIA", true);
    Task review = tasks.createTaskQuery().processInstanceId(alert).taskDefinitionKey("Task_ThreePartyReview").singleResult();

    HttpResponse<String> none = submit(review, REVIEW);
    Assertions.assertThat(none.statusCode()).as(none.body()).isEqualTo(400);
    Assertions.assertThat(none.body()).contains("(reviewParties) is required");
    HttpResponse<String> empty = submit(review, REVIEW + ", " + parties("[]"));
    Assertions.assertThat(empty.statusCode()).as("nobody ticked is nobody recorded: " + empty.body()).isEqualTo(400);
    HttpResponse<String> stranger = submit(review, REVIEW + ", " + parties("[\"sales\", \"quality\"]"));
    Assertions.assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(400);
    Assertions.assertThat(stranger.body()).contains("(reviewParties) must be one of the offered options, not 'quality'");
    HttpResponse<String> text = submit(review, REVIEW + ", \"reviewParties\": {\"value\": \"sales\"}");
    Assertions.assertThat(text.statusCode()).as(text.body()).isEqualTo(400);
    Assertions.assertThat(text.body()).contains("(reviewParties) must be a list");
    Assertions.assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the review stays open").isOne();

    HttpResponse<String> done = submit(review, REVIEW + ", " + parties("[\"sales\", \"service-manager\"]"));
    Assertions.assertThat(done.statusCode()).as("recorded without delivery and marketing: " + done.body()).isEqualTo(204);
    Assertions.assertThat(caseVariable(alert, "reviewPartiesMissing")).as("media were involved: marketing was expected too")
        .isEqualTo("delivery,marketing");
  }

  @Test
  void aReviewOfTheThreePartiesWithoutMediaMissesNobody() throws Exception {
    String alert = atReview("API-RA-REVIEW-ALL", false);
    Task review = tasks.createTaskQuery().processInstanceId(alert).taskDefinitionKey("Task_ThreePartyReview").singleResult();
    HttpResponse<String> done = submit(review, REVIEW + ", " + parties("[\"delivery\", \"sales\", \"service-manager\"]"));
    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    Assertions.assertThat(caseVariable(alert, "reviewPartiesMissing")).isEqualTo("");
  }

  /** An alert of one unaffected car, decided and delivered: its review is open. */
  private String atReview(String alertId, boolean media) throws Exception {
    String body = alert(alertId, discovered(), order(alertId + "-O1", "NONE"));
    HttpResponse<String> raised = http.postJson("quality", "/api/red-alerts", withMedia(body, String.valueOf(media)));
    Assertions.assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
    String alert = json.readTree(raised.body()).get("processInstanceId").asText();
    List<String> parties = media ? List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides",
        "Task_MarketingDecides") : List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides");
    for (String key : parties) {
      RedAlertTasks.complete(tasks, runtime, alert, key, null, Map.of());
    }
    RedAlertTasks.complete(tasks, runtime, alert, "Task_DeliverCar", alertId + "-O1", Map.of("deliveryNote", "as planned"));
    Notifications.deliverAll(engine, alert);
    return alert;
  }

  private static String parties(String jsonList) {
    return "\"reviewParties\": {\"value\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(jsonList) + ", \"type\": \"Json\"}";
  }

  private Object caseVariable(String alert, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(alert).variableName(name).singleResult().getValue();
  }

  private HttpResponse<String> submit(Task task, String variables) {
    return http.postJson("sales", "/engine-rest/task/" + task.getId() + "/submit-form", "{\"variables\": {" + variables + "}}");
  }
}
