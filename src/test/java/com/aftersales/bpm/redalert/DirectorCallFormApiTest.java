package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.support.RedAlertJson.alert;
import static com.aftersales.bpm.support.RedAlertJson.discovered;
import static com.aftersales.bpm.support.RedAlertJson.order;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.RedAlertTasks;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * SPEC 5: a delayed customer gets a personal call from the sales director. The conversation's form
 * asks for it only where the tier says so (hidden otherwise), and the server refuses a conversation
 * of such an order without it, as the form does, from any client.
 */
@ApplicationTest
class DirectorCallFormApiTest extends ApplicationTestSupport {

  private static final String NOTE = "\"customerChoice\": {\"value\": \"WAIT\"}, \"compensationValue\": {\"value\": 0}, "
      + "\"conversationNote\": {\"value\": \"the facts told\"}";

  @Test
  void aDelayedCustomersConversationNeedsTheDirectorsCallAndAChoiceOneDoesNot() throws Exception {
    HttpResponse<String> raised = http.postJson("quality", "/api/red-alerts", alert("API-RA-DIRECTOR", discovered(),
        String.join(",", order("DIR-MAJOR", "MAJOR"), order("DIR-MINOR", "MINOR"))));
    Assertions.assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
    String alert = json.readTree(raised.body()).get("processInstanceId").asText();
    for (String key : List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides")) {
      RedAlertTasks.complete(tasks, runtime, alert, key, null, Map.of());
    }

    Task delayed = conversation(alert, "DIR-MAJOR");
    HttpResponse<String> refused = submit(delayed, NOTE);
    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("(directorCalled) is required");
    Assertions.assertThat(tasks.createTaskQuery().taskId(delayed.getId()).count()).as("the task stays open").isOne();
    HttpResponse<String> unticked = submit(delayed, NOTE + ", \"directorCalled\": {\"value\": false}");
    Assertions.assertThat(unticked.statusCode()).as("not called is no call: " + unticked.body()).isEqualTo(400);
    HttpResponse<String> done = submit(delayed, NOTE + ", \"directorCalled\": {\"value\": true}");
    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

    HttpResponse<String> choice = submit(conversation(alert, "DIR-MINOR"), NOTE);
    Assertions.assertThat(choice.statusCode()).as("no director's call for the customer who chooses").isEqualTo(204);
  }

  private Task conversation(String alert, String orderId) {
    return tasks.createTaskQuery().processInstanceId(alert).taskDefinitionKey("Task_OfferOptions").list().stream()
        .filter(t -> orderId.equals(tasks.getVariable(t.getId(), "orderId"))).findFirst().orElseThrow();
  }

  private HttpResponse<String> submit(Task task, String variables) {
    return http.postJson("sales", "/engine-rest/task/" + task.getId() + "/submit-form", "{\"variables\": {" + variables + "}}");
  }
}
