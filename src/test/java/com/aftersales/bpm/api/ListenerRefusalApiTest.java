package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.RedAlertJson.alert;
import static com.aftersales.bpm.support.RedAlertJson.discovered;
import static com.aftersales.bpm.support.RedAlertJson.order;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.WebappBrowser;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A business rule a complete listener enforces (a {@code FormRuleViolation}) answers 400 with its
 * reason wherever the form is sent: Tasklist posts to the webapps' own engine API, not to
 * {@code /engine-rest}, and must show the reason, not a server error.
 */
@ApplicationTest
class ListenerRefusalApiTest extends ApplicationTestSupport {

  @LocalServerPort int port;

  @Test
  void anOrderPutInTwoTiersFromTasklistIsRefusedWithTheReasonAndTheTaskStaysOpen() throws Exception {
    HttpResponse<String> raised = http.postJson("quality", "/api/red-alerts",
        alert("TIERS-1", discovered(), order("TIERS-1-O1", "MINOR")));
    Assertions.assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
    String alert = json.readTree(raised.body()).get("processInstanceId").asText();
    Task salesDecides = tasks.createTaskQuery().processInstanceId(alert).taskDefinitionKey("Task_SalesDecides").singleResult();
    WebappBrowser tasklist = WebappBrowser.loggedIn(port, "tasklist", "sales");
    String inBoth = "{\"value\": \"[\\\"TIERS-1-O1\\\"]\", \"type\": \"Json\"}";
    String none = "{\"value\": \"[]\", \"type\": \"Json\"}";

    for (String action : new String[] {"submit-form", "complete"}) {
      HttpResponse<String> refused = tasklist.postJson("/camunda/api/engine/engine/default/task/" + salesDecides.getId()
          + "/" + action, "{\"variables\": {\"deliverOrders\": " + inBoth + ", \"choiceOrders\": " + inBoth
          + ", \"delayOrders\": " + none + "}}");

      Assertions.assertThat(refused.statusCode()).as(action + ": " + refused.body()).isEqualTo(400);
      JsonNode answer = json.readTree(refused.body());
      Assertions.assertThat(answer.get("type").asText()).isEqualTo("FormRuleViolation");
      Assertions.assertThat(answer.get("message").asText())
          .isEqualTo("Put every order in exactly one tier: TIERS-1-O1 is in 2 tiers");
      Assertions.assertThat(tasks.createTaskQuery().taskId(salesDecides.getId()).count()).as("the task is still open")
          .isEqualTo(1);
    }
  }
}
