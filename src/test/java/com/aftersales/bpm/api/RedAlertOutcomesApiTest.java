package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.RedAlertJson.alert;
import static com.aftersales.bpm.support.RedAlertJson.assertStarted;
import static com.aftersales.bpm.support.RedAlertJson.discovered;
import static com.aftersales.bpm.support.RedAlertJson.order;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.RedAlertTasks;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/**
 * What a red alert raised through {@code POST /api/red-alerts} leads to: a supply alert over a
 * part's waiting orders opens one conversation per order, and an alert run to its review counts in
 * the month's rescue report. The intake's input, repeats and groups: {@link RedAlertApiTest}.
 */
@ApplicationTest
class RedAlertOutcomesApiTest extends ApplicationTestSupport {

  /** Seed 000's next scene: 37 cars wait on one part out of stock everywhere; a plan within 48 hours. */
  @Test
  void aSupplyAlertOnAPartWith37WaitingOrdersOpensOneConversationPerOrder() throws Exception {
    for (int i = 1; i <= 37; i++) {
      String body = PartShortageApiTest.report("API-SUP-" + i, i <= 3 ? "CANNOT_DRIVE" : "MINOR", "")
          .replace("SCREEN-15", "BATTERY-GLOBAL-1");
      Assertions.assertThat(http.postJson("integration", "/api/part-shortages", body).statusCode()).isEqualTo(201);
    }
    // a high-value customer waiting too: the CRM named their success manager with the part report
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", PartShortages.report("API-SUP-CSM", "MINOR")
        .part("BATTERY-GLOBAL-1", "Battery").success(new BigDecimal("800000"), "csm").json()).statusCode()).isEqualTo(201);
    String at = discovered();
    HttpResponse<String> raised = http.postJson("integration", "/api/red-alerts",
        "{\"alertId\":\"API-RA-SUPPLY\",\"discoveredAt\":\"" + at
            + "\",\"description\":\"Global stock-out / 全球缺货\",\"partNumber\":\"BATTERY-GLOBAL-1\"}");
    JsonNode started = assertStarted(raised, "SUPPLY", 38, Instant.parse(at).plus(48, ChronoUnit.HOURS));

    String alert = started.get("processInstanceId").asText();
    Map<String, Object> plan = new HashMap<>();
    for (String tier : List.of("deliverOrders", "choiceOrders", "delayOrders")) {
      plan.put(tier, runtime.getVariable(alert, tier));
    }
    Assertions.assertThat(plan.get("delayOrders").toString()).as("the three cars that cannot drive wait with a loaner")
        .contains("API-SUP-1", "API-SUP-2", "API-SUP-3");
    for (String key : List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides")) {
      var task = tasks.createTaskQuery().processInstanceId(alert).taskDefinitionKey(key).singleResult();
      Map<String, Object> variables = new HashMap<>();
      plan.forEach((tier, ids) -> variables.put(tier, SpinValues.jsonValue(ids.toString()).create()));
      tasks.complete(task.getId(), variables);
    }
    var conversations = tasks.createTaskQuery().processInstanceId(alert).taskDefinitionKey("Task_OfferOptions").list();
    Assertions.assertThat(conversations).hasSize(38);
    Assertions.assertThat(conversations.stream().map(t -> (String) tasks.getVariable(t.getId(), "orderId"))
        .collect(Collectors.toSet())).containsAll(IntStream.rangeClosed(1, 37).mapToObj(i -> "API-SUP-" + i).toList())
        .contains("API-SUP-CSM");
    Assertions.assertThat(Notifications.deliverAll(engine, alert)).isPositive();
    Assertions.assertThat(json.readTree(http.get("csm", "/api/notifications/inbox").body()).toString())
        .as("the parts order's success manager hears of the plan for their customer's car")
        .contains("Red alert API-RA-SUPPLY", "API-SUP-CSM");
  }

  /** A red alert run to its review shows in the month's rescue report: raised, decided in time, customers per choice, cost. */
  @Test
  void theMonthsReportCountsTheAlertItsChoicesAndItsCost() throws Exception {
    Instant discovered = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    String month = java.time.YearMonth.from(discovered.atZone(java.time.ZoneId.of("Asia/Shanghai"))).toString();
    JsonNode before = report(month);
    HttpResponse<String> raised = http.postJson("quality", "/api/red-alerts", alert("API-RA-REPORT", discovered.toString(),
        order("API-RA-R1", "NONE") + "," + order("API-RA-R2", "MINOR") + "," + order("API-RA-R3", "MAJOR")));
    Assertions.assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
    String alert = json.readTree(raised.body()).get("processInstanceId").asText();
    for (String key : List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides")) {
      complete(alert, key, null, Map.of());
    }
    complete(alert, "Task_DeliverCar", "API-RA-R1", Map.of("deliveryNote", "as planned"));
    complete(alert, "Task_OfferOptions", "API-RA-R2", Map.of("customerChoice", "ACCEPT", "compensationValue", 600L,
        "conversationNote", "ok"));
    complete(alert, "Task_DeliverCar", "API-RA-R2", Map.of("deliveryNote", "with the package"));
    complete(alert, "Task_OfferOptions", "API-RA-R3", Map.of("customerChoice", "WAIT", "compensationValue", 600L,
        "conversationNote", "director called"));
    complete(alert, "Task_ArrangeWait", "API-RA-R3", Map.of("replacementDate", "2026-12-04", "loanerDays", 2L));
    complete(alert, "Task_DeliverReplacement", "API-RA-R3", Map.of("deliveryNote", "replacement"));
    // the settled customers' survey invitations go out first: each order ends with its invitation
    Assertions.assertThat(Notifications.deliverAll(engine, alert)).as("the parties, then three invitations").isEqualTo(4);
    complete(alert, "Task_ThreePartyReview", null, Map.of("overtimeCost", 100L, "alternativeCost", 9000L,
        "whatWouldWeDoDifferently", "nothing", "nominatedForReview", false));
    Notifications.deliverAll(engine, alert);
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(alert).count()).isZero();

    JsonNode after = report(month);
    Assertions.assertThat(after.get("raised").asInt() - before.get("raised").asInt()).isEqualTo(1);
    Assertions.assertThat(after.get("decidedInWindow").asInt() - before.get("decidedInWindow").asInt()).isEqualTo(1);
    for (String choice : List.of("DELIVER", "ACCEPT", "WAIT")) {
      Assertions.assertThat(after.at("/customersByChoice/" + choice).asLong() - before.at("/customersByChoice/" + choice).asLong())
          .as(choice).isEqualTo(1);
    }
    Assertions.assertThat(after.get("cost").asLong() - before.get("cost").asLong()).as("2 packages, 2 loaner days, overtime")
        .isEqualTo(600 + 600 + 2 * 150 + 100);
  }

  private JsonNode report(String month) throws Exception {
    HttpResponse<String> response = http.get("manager", "/api/reports/rescue?month=" + month);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body()).get("redAlerts");
  }

  private void complete(String alert, String key, String orderId, Map<String, Object> values) {
    RedAlertTasks.complete(tasks, runtime, alert, key, orderId, values);
  }
}
