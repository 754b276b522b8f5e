package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.RedAlertJson.alert;
import static com.aftersales.bpm.support.RedAlertJson.order;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.RedAlertTasks;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * SPEC 5 (ADR 0029): a red alert's plan is judged by its settled customers' NPS per tier. The
 * alert runs through the real intake and process; each customer answers through
 * {@code POST /api/nps-responses} naming the order, and the month's report shows each tier's NPS.
 * September 2025 (alerts by discovery month) is used by no other test; August 2025 has no alert.
 */
@ApplicationTest
class RedAlertNpsApiTest extends ApplicationTestSupport {

  private static final String DISCOVERED = "2025-09-10T01:00:00Z";

  @Test
  void eachTiersSettledCustomersAnswersGiveItsNps() throws Exception {
    // the seed's shape: unaffected cars delivered as planned, minor ones chosen by the customer, major ones delayed
    HttpResponse<String> raised = http.postJson("quality", "/api/red-alerts", alert("API-RA-NPS", DISCOVERED,
        String.join(",", order("NPS-D1", "NONE"), order("NPS-D2", "NONE"), order("NPS-D3", "NONE"),
            order("NPS-D4", "NONE"), order("NPS-C1", "MINOR"), order("NPS-C2", "MINOR"), order("NPS-C3", "MINOR"),
            order("NPS-L1", "MAJOR"), order("NPS-L2", "MAJOR"))));
    Assertions.assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
    String alert = json.readTree(raised.body()).get("processInstanceId").asText();
    for (String key : List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides")) {
      complete(alert, key, null, Map.of());
    }
    for (String id : List.of("NPS-D1", "NPS-D2", "NPS-D3", "NPS-D4")) {
      complete(alert, "Task_DeliverCar", id, Map.of("deliveryNote", "as planned"));
    }
    settle(alert, "NPS-C1", "ACCEPT");
    complete(alert, "Task_DeliverCar", "NPS-C1", Map.of("deliveryNote", "with the package"));
    settle(alert, "NPS-C2", "WAIT");
    complete(alert, "Task_DeliverReplacement", "NPS-C2", Map.of("deliveryNote", "replacement"));
    settle(alert, "NPS-C3", "CANCEL");
    complete(alert, "Task_RefundInFull", "NPS-C3", Map.of("refundReference", "RF-NPS-C3"));
    settle(alert, "NPS-L1", "WAIT");
    complete(alert, "Task_DeliverReplacement", "NPS-L1", Map.of("deliveryNote", "replacement"));
    settle(alert, "NPS-L2", "WAIT");
    // an answer about NPS-L2 before it is settled judges no tier
    answer("NPS-EARLY", "NPS-L2", 0);
    complete(alert, "Task_DeliverReplacement", "NPS-L2", Map.of("deliveryNote", "replacement"));
    Assertions.assertThat(Notifications.deliverAll(engine, alert)).as("the parties, then nine invitations").isEqualTo(10);

    // deliver as planned: 10, 9, 9, 8 -> (3 - 0) / 4 = 75; a second answer of NPS-D1 does not count again
    answer("NPS-A1", "NPS-D1", 10);
    answer("NPS-A2", "NPS-D2", 9);
    answer("NPS-A3", "NPS-D3", 9);
    answer("NPS-A4", "NPS-D4", 8);
    answer("NPS-A1-AGAIN", "NPS-D1", 0);
    // the customer chooses: 9, 9, 3 -> (2 - 1) / 3 = 33.3; the refunded customer's low score starts a rescue as today
    answer("NPS-A5", "NPS-C1", 9);
    answer("NPS-A6", "NPS-C2", 9);
    JsonNode rescue = answer("NPS-A7", "NPS-C3", 3);
    Assertions.assertThat(rescue.get("action").asText()).isEqualTo("RESCUE_STARTED");
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("NPS-A7").count()).isOne();
    // delayed: 10, 5 -> (1 - 1) / 2 = 0
    answer("NPS-A8", "NPS-L1", 10);
    answer("NPS-A9", "NPS-L2", 5);
    // an order of no red alert counts nowhere
    answer("NPS-A10", "RO-ELSEWHERE", 10);

    JsonNode nps = report("2025-09").get("npsByTier");
    Assertions.assertThat(nps.fieldNames()).toIterable().containsExactly("DELIVER", "CHOICE", "DELAY");
    assertTier(nps.get("DELIVER"), 4, 3, 0, "75.0");
    assertTier(nps.get("CHOICE"), 3, 2, 1, "33.3");
    assertTier(nps.get("DELAY"), 2, 1, 1, "0.0");
  }

  @Test
  void aTierWithoutAnswersHasNoFigureRatherThanZero() throws Exception {
    JsonNode nps = report("2025-08").get("npsByTier");
    for (String tier : List.of("DELIVER", "CHOICE", "DELAY")) {
      Assertions.assertThat(nps.at("/" + tier + "/answers").asInt()).as(tier).isZero();
      Assertions.assertThat(nps.get(tier).get("nps").isNull()).as(tier).isTrue();
    }
  }

  private static void assertTier(JsonNode tier, int answers, int promoters, int detractors, String nps) {
    Assertions.assertThat(tier.get("answers").asInt()).isEqualTo(answers);
    Assertions.assertThat(tier.get("promoters").asInt()).isEqualTo(promoters);
    Assertions.assertThat(tier.get("detractors").asInt()).isEqualTo(detractors);
    Assertions.assertThat(tier.get("nps").decimalValue()).isEqualByComparingTo(nps);
  }

  /** The customer's answer as the survey system posts it, naming the order; returns the intake's answer. */
  private JsonNode answer(String surveyId, String orderId, int score) throws Exception {
    HttpResponse<String> response = http.postJson("integration", "/api/nps-responses", """
        {"surveyId":"%s","answeredAt":"%s","score":%d,"serviceOrderId":"%s",
         "customer":{"id":"C-%s","name":"王先生","phone":"+86 138 0000 0000","highValue":false}}
        """.formatted(surveyId, Instant.now(), score, orderId, orderId));
    Assertions.assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    return json.readTree(response.body());
  }

  private JsonNode report(String month) throws Exception {
    HttpResponse<String> response = http.get("manager", "/api/reports/rescue?month=" + month);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body()).get("redAlerts");
  }

  /** The customer's choice for the order, without a package. */
  private void settle(String alert, String orderId, String choice) {
    complete(alert, "Task_OfferOptions", orderId, Map.of("customerChoice", choice, "compensationValue", 0L,
        "conversationNote", "the facts told"));
    if ("WAIT".equals(choice)) {
      complete(alert, "Task_ArrangeWait", orderId, Map.of("replacementDate", "2026-12-04", "loanerDays", 3L));
    }
  }

  private void complete(String alert, String key, String orderId, Map<String, Object> values) {
    RedAlertTasks.complete(tasks, runtime, alert, key, orderId, values);
  }
}
