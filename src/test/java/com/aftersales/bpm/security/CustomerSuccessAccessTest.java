package com.aftersales.bpm.security;

import static com.aftersales.bpm.support.RedAlertJson.alert;
import static com.aftersales.bpm.support.RedAlertJson.discovered;
import static com.aftersales.bpm.support.RedAlertJson.order;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.SurveyJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The customer success manager (group customer-success, demo user csm; ADR 0031) follows the
 * rescues and parts orders: reads their history and finds a customer's cases, reads the staff
 * words Case history shows; works no task, changes no case, reads no other process's history.
 */
@ApplicationTest
class CustomerSuccessAccessTest extends ApplicationTestSupport {

  @Test
  void theSuccessManagerReadsTheRescueAndThePartsOrderButWorksNoTask() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String survey = SurveyJson.successManaged(SurveyJson.survey("CSM-ACCESS-1", 2, now.minus(10, ChronoUnit.MINUTES)),
        "csm");
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", survey).statusCode()).isEqualTo(201);
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", PartShortages.report("CSM-RO-1", "MINOR")
        .success(new BigDecimal("900000"), "csm").json()).statusCode()).isEqualTo(201);
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn("CSM-ACCESS-1", "CSM-RO-1").list();
    Assertions.assertThat(open).as("a customer worth 900,000 is a VIP: the manager takes the order over")
        .extracting(Task::getTaskDefinitionKey).contains("Task_FirstContact", "Task_ManagerTakeOver");

    for (String key : List.of("CSM-ACCESS-1", "CSM-RO-1")) {
      JsonNode cases = json.readTree(http.get("csm", "/engine-rest/history/process-instance?processInstanceBusinessKey="
          + key).body());
      Assertions.assertThat(cases).as("the history of " + key).hasSize(1);
      Assertions.assertThat(http.get("csm", "/engine-rest/history/variable-instance?processInstanceId="
          + cases.get(0).get("id").asText()).statusCode()).isEqualTo(200);
    }
    Assertions.assertThat(taskIds()).as("no task is theirs to see").isEmpty();
    for (Task task : open) {
      Assertions.assertThat(http.postJson("csm", "/engine-rest/task/" + task.getId() + "/complete", "{}").statusCode())
          .as("completing " + task.getTaskDefinitionKey()).isEqualTo(403);
      Assertions.assertThat(http.postJson("csm", "/engine-rest/task/" + task.getId() + "/claim",
          "{\"userId\":\"csm\"}").statusCode()).as("claiming " + task.getTaskDefinitionKey()).isEqualTo(403);
      Assertions.assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
      Assertions.assertThat(http.delete("csm", "/engine-rest/process-instance/" + task.getProcessInstanceId())
          .statusCode()).isEqualTo(403);
    }
    Assertions.assertThat(http.get("csm", "/api/history/customer-cases?name=%E7%8E%8B").statusCode()).isEqualTo(200);
    Assertions.assertThat(http.get("csm", "/api/words").statusCode()).isEqualTo(200);
  }

  @Test
  void theSuccessManagerReadsNoRedAlertAndPostsNothing() throws Exception {
    HttpResponse<String> raised = http.postJson("quality", "/api/red-alerts",
        alert("CSM-RA", discovered(), order("CSM-RA-O1", "NONE")));
    Assertions.assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);

    Assertions.assertThat(json.readTree(http.get("csm",
        "/engine-rest/history/process-instance?processInstanceBusinessKey=CSM-RA").body())).isEmpty();
    Assertions.assertThat(http.postJson("csm", "/api/nps-responses",
        SurveyJson.survey("CSM-ACCESS-2", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS))).statusCode()).isEqualTo(403);
    Assertions.assertThat(http.get("csm", "/api/reports/rescue?month=2026-01").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.get("csm", "/api/part-shortages?partNumber=X").statusCode()).isEqualTo(403);
  }

  private List<String> taskIds() throws Exception {
    return json.readTree(http.get("csm", "/engine-rest/task?maxResults=1000").body()).findValuesAsText("id");
  }
}
