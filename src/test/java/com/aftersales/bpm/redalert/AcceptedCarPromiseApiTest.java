package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.support.RedAlertJson.alert;
import static com.aftersales.bpm.support.RedAlertJson.discovered;
import static com.aftersales.bpm.support.RedAlertJson.order;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.RedAlertTasks;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * SPEC 5 option 1 and SPEC 6 (ADR 0045): a customer who accepts a red alert's car with the package
 * holds a lifetime free repair of the part; once the order settles it is among the customer's
 * promises, approved by the alert's decision, and the advisor calling that customer after a low
 * score sees it. Waiting, cancelling or a car delivered as planned makes no promise; the step run
 * again (an order settled again from Cockpit) records it once.
 */
@ApplicationTest
class AcceptedCarPromiseApiTest extends ApplicationTestSupport {

  @Test
  void anAcceptedCarsCustomerHoldsTheLifetimeRepairAndTheAdvisorSeesIt() throws Exception {
    HttpResponse<String> raised = http.postJson("quality", "/api/red-alerts", alert("API-RA-PROMISE", discovered(),
        String.join(",", order("PRM-ACC", "MINOR"), order("PRM-WAIT", "MINOR"), order("PRM-CAN", "MINOR"),
            order("PRM-NONE", "NONE"))));
    Assertions.assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
    String alert = json.readTree(raised.body()).get("processInstanceId").asText();
    for (String key : List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides")) {
      complete(alert, key, null, Map.of());
    }

    settle(alert, "PRM-ACC", "ACCEPT");
    Assertions.assertThat(promises("C-PRM-ACC")).as("promised when the car is handed over, not before").isEmpty();
    complete(alert, "Task_DeliverCar", "PRM-ACC", Map.of("deliveryNote", "with the package"));
    settle(alert, "PRM-WAIT", "WAIT");
    complete(alert, "Task_ArrangeWait", "PRM-WAIT", Map.of("replacementDate", "2026-12-04", "loanerDays", 3L));
    complete(alert, "Task_DeliverReplacement", "PRM-WAIT", Map.of("deliveryNote", "replacement"));
    settle(alert, "PRM-CAN", "CANCEL");
    complete(alert, "Task_RefundInFull", "PRM-CAN", Map.of("refundReference", "RF-PRM-CAN"));
    complete(alert, "Task_DeliverCar", "PRM-NONE", Map.of("deliveryNote", "as planned"));

    JsonNode accepted = promises("C-PRM-ACC");
    Assertions.assertThat(accepted).hasSize(1);
    JsonNode promise = accepted.get(0);
    Assertions.assertThat(promise.get("orderId").asText()).isEqualTo("PRM-ACC");
    Assertions.assertThat(promise.get("kind").asText()).as("a free item, \"lifetime free\"").isEqualTo("FREE_SERVICE");
    Assertions.assertThat(promise.get("policy").asText()).as("beyond the standard package").isEqualTo("SPECIAL");
    Assertions.assertThat(promise.get("state").asText()).as("the alert's decision approved it").isEqualTo("APPROVED");
    Assertions.assertThat(promise.get("madeBeforeApproval").asBoolean()).isFalse();
    Assertions.assertThat(promise.has("validUntil")).as("for the car's life: no last day").isFalse();
    Assertions.assertThat(promise.get("description").asText()).contains("Lifetime free repair", "API-RA-PROMISE",
        "Tailgate gap 5.8 mm");
    Assertions.assertThat(promise.get("decisionReason").asText()).contains("Sales, delivery and service");
    Assertions.assertThat(Instant.parse(promise.get("decidedAt").asText()))
        .isBefore(Instant.parse(promise.get("customerConfirmedAt").asText()));
    for (String customer : List.of("C-PRM-WAIT", "C-PRM-CAN", "C-PRM-NONE")) {
      Assertions.assertThat(promises(customer)).as(customer + " was promised nothing").isEmpty();
    }

    settleAgain(alert, "PRM-ACC");
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM red_alert_order WHERE process_instance_id = ? "
        + "AND order_id = 'PRM-ACC'", Integer.class, alert)).as("the step did run again").isOne();
    Assertions.assertThat(promises("C-PRM-ACC")).as("recorded once").hasSize(1);

    HttpResponse<String> low = http.postJson("integration", "/api/nps-responses", """
        {"surveyId":"SV-PRM-ACC","answeredAt":"%s","score":3,"comment":"the tailgate rattles",
         "customer":{"id":"C-PRM-ACC","name":"王先生","phone":"+86 138 0000 0000","highValue":false}}
        """.formatted(Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS)));
    Assertions.assertThat(low.statusCode()).as(low.body()).isEqualTo(201);
    String rescue = json.readTree(low.body()).get("processInstanceId").asText();
    Task firstContact = tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_FirstContact")
        .singleResult();
    Assertions.assertThat(tasks.getVariable(firstContact.getId(), "customerPromisesInWords")).asString()
        .as("the advisor calling the customer sees the red alert's promise")
        .contains("Lifetime free repair of the part of red alert API-RA-PROMISE").contains("Approved / 已批准")
        .contains("PRM-ACC");
  }

  /** The order's conversation runs "Record the settled order" again, as an administrator may from Cockpit. */
  private void settleAgain(String alert, String orderId) {
    ActivityInstance conversation = Arrays.stream(runtime.getActivityInstance(alert)
            .getActivityInstances("SubProcess_SettleOrder"))
        .filter(a -> orderId.equals(runtime.getVariable(a.getExecutionIds()[0], "orderId"))).findFirst().orElseThrow();
    runtime.createProcessInstanceModification(alert)
        .startBeforeActivity("Task_RecordSettledOrder", conversation.getId()).execute();
  }

  private JsonNode promises(String customerId) throws Exception {
    HttpResponse<String> response = http.get("advisor", "/api/customers/" + customerId + "/promises");
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body()).get("promises");
  }

  private void settle(String alert, String orderId, String choice) {
    complete(alert, "Task_OfferOptions", orderId, Map.of("customerChoice", choice, "compensationValue", 0L,
        "conversationNote", "the facts told"));
  }

  private void complete(String alert, String key, String orderId, Map<String, Object> values) {
    RedAlertTasks.complete(tasks, runtime, alert, key, orderId, values);
  }
}
