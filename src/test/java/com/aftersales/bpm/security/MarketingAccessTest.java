package com.aftersales.bpm.security;

import static com.aftersales.bpm.support.RedAlertJson.alert;
import static com.aftersales.bpm.support.RedAlertJson.discovered;
import static com.aftersales.bpm.support.RedAlertJson.order;
import static com.aftersales.bpm.support.RedAlertJson.withMedia;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.SurveyJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Marketing (SPEC 5: joins a red alert's decision when media are involved) works only its own
 * tasks: it neither sees nor works a rescue's or a parts order's, nor the other parties' tasks of
 * the alert it is part of, and reads that alert through its own task and its inbox.
 */
@ApplicationTest
class MarketingAccessTest extends ApplicationTestSupport {

  @Test
  void marketingNeitherSeesNorWorksARescueOrAPartsOrder() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses",
        SurveyJson.survey("MKT-RESCUE", 2, now.minus(10, ChronoUnit.MINUTES))).statusCode()).isEqualTo(201);
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages",
        PartShortages.report("MKT-RO-1", "MINOR").json()).statusCode()).isEqualTo(201);
    List<Task> others = tasks.createTaskQuery().processInstanceBusinessKeyIn("MKT-RESCUE", "MKT-RO-1").list();
    Assertions.assertThat(others).extracting(Task::getTaskDefinitionKey)
        .contains("Task_FirstContact", "Task_SetExpectation");

    List<String> visible = taskIds("marketing");
    for (Task task : others) {
      Assertions.assertThat(visible).doesNotContain(task.getId());
      Assertions.assertThat(http.get("marketing", "/engine-rest/task/" + task.getId()).statusCode())
          .as("reading " + task.getTaskDefinitionKey()).isNotEqualTo(200);
      Assertions.assertThat(http.postJson("marketing", "/engine-rest/task/" + task.getId() + "/complete", "{}")
          .statusCode()).as("completing " + task.getTaskDefinitionKey()).isEqualTo(403);
      Assertions.assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }
    Assertions.assertThat(json.readTree(http.get("marketing",
        "/engine-rest/history/process-instance?processInstanceBusinessKey=MKT-RESCUE").body())).isEmpty();
  }

  @Test
  void marketingWorksItsOwnPartOfARedAlertWithMediaAndNothingElseOfIt() throws Exception {
    HttpResponse<String> raised = http.postJson("quality", "/api/red-alerts",
        withMedia(alert("MKT-RA", discovered(), order("MKT-RA-O1", "NONE") + "," + order("MKT-RA-O2", "MINOR")),
            "true"));
    Assertions.assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
    String alert = json.readTree(raised.body()).get("processInstanceId").asText();
    Task own = task(alert, "Task_MarketingDecides");
    Task sales = task(alert, "Task_SalesDecides");

    Assertions.assertThat(taskIds("marketing")).contains(own.getId()).doesNotContain(sales.getId());
    Assertions.assertThat(http.get("marketing", "/engine-rest/task/" + own.getId() + "/deployed-form").statusCode())
        .isEqualTo(200);
    JsonNode facts = json.readTree(http.get("marketing", "/engine-rest/task/" + own.getId() + "/form-variables")
        .body());
    Assertions.assertThat(facts.path("alertId").path("value").asText()).as("the alert, read through its task")
        .isEqualTo("MKT-RA");
    Notifications.deliverAll(engine, alert);
    Assertions.assertThat(json.readTree(http.get("marketing", "/api/notifications/inbox").body())
        .get("notifications").findValuesAsText("subject")).anyMatch(subject -> subject.contains("MKT-RA"));

    String plan = "{\"variables\": {\"deliverOrders\": " + list("MKT-RA-O1") + ", \"choiceOrders\": " + list()
        + ", \"delayOrders\": " + list("MKT-RA-O2") + ", \"decisionNote\": {\"value\": \"a reporter called\"}}}";
    Assertions.assertThat(http.postJson("marketing", "/engine-rest/task/" + sales.getId() + "/complete", plan)
        .statusCode()).as("another party's task").isEqualTo(403);
    HttpResponse<String> done = http.postJson("marketing", "/engine-rest/task/" + own.getId() + "/complete", plan);

    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    Assertions.assertThat(tasks.createTaskQuery().taskId(own.getId()).count()).isZero();
    Assertions.assertThat(tasks.createTaskQuery().taskId(sales.getId()).count()).isEqualTo(1);
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(alert).count()).isEqualTo(1);
    Assertions.assertThat(http.postJson("marketing", "/api/red-alerts",
        alert("MKT-RA-2", discovered(), order("MKT-RA-2-O1", "NONE"))).statusCode()).as("raising one").isEqualTo(403);
  }

  private Task task(String alert, String activityId) {
    return tasks.createTaskQuery().processInstanceId(alert).taskDefinitionKey(activityId).singleResult();
  }

  private List<String> taskIds(String user) throws Exception {
    return json.readTree(http.get(user, "/engine-rest/task?maxResults=1000").body()).findValuesAsText("id");
  }

  /** A checklist of order ids as the form submits it. */
  private static String list(String... ids) {
    return "{\"value\": \"[" + String.join(",", java.util.Arrays.stream(ids).map(id -> "\\\"" + id + "\\\"").toList())
        + "]\", \"type\": \"Json\"}";
  }
}
