package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.RedAlertJson.alert;
import static com.aftersales.bpm.support.RedAlertJson.assertStarted;
import static com.aftersales.bpm.support.RedAlertJson.discovered;
import static com.aftersales.bpm.support.RedAlertJson.order;
import static com.aftersales.bpm.support.RedAlertJson.withMedia;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /api/red-alerts}: strict input, repeats and groups. What a raised alert leads to (a
 * supply alert's conversations, the month's report): {@link RedAlertOutcomesApiTest}.
 */
@ApplicationTest
class RedAlertApiTest extends ApplicationTestSupport {

  @Test
  void anAlertStartsTheJointDecisionOnceAndAChangedRepeatIsAConflict() throws Exception {
    String at = discovered();
    String body = alert("API-RA-1", at, order("API-RA-1-O1", "NONE") + "," + order("API-RA-1-O2", "MAJOR"));
    HttpResponse<String> first = http.postJson("quality", "/api/red-alerts", body);
    assertStarted(first, "DELIVERY_QUALITY", 2, Instant.parse(at).plus(30, ChronoUnit.MINUTES));

    HttpResponse<String> again = http.postJson("quality", "/api/red-alerts", body);
    Assertions.assertThat(again.statusCode()).isEqualTo(200);
    Assertions.assertThat(again.body()).isEqualTo(first.body());
    HttpResponse<String> changed = http.postJson("quality", "/api/red-alerts",
        alert("API-RA-1", at, order("API-RA-1-O1", "MINOR")));
    Assertions.assertThat(changed.statusCode()).isEqualTo(409);
    Assertions.assertThat(changed.body()).contains("\"field\":\"alertId\"");
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("API-RA-1").count()).isEqualTo(1);
  }

  @Test
  void mediaInvolvedBringsMarketingInAndIsPartOfTheAlertsContent() throws Exception {
    String at = discovered();
    String body = withMedia(alert("API-RA-M", at, order("API-RA-M-O1", "MINOR")), "true");
    HttpResponse<String> first = http.postJson("quality", "/api/red-alerts", body);
    String alert = assertStarted(first, "DELIVERY_QUALITY", 1, Instant.parse(at).plus(30, ChronoUnit.MINUTES))
        .get("processInstanceId").asText();
    Assertions.assertThat(runtime.getVariable(alert, "mediaInvolved")).isEqualTo(true);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(alert).taskDefinitionKey("Task_MarketingDecides")
        .taskCandidateGroup("marketing").count()).isEqualTo(1);

    HttpResponse<String> again = http.postJson("quality", "/api/red-alerts", body);
    Assertions.assertThat(again.statusCode()).isEqualTo(200);
    Assertions.assertThat(again.body()).isEqualTo(first.body());
    for (String changed : List.of(withMedia(alert("API-RA-M", at, order("API-RA-M-O1", "MINOR")), "false"),
        alert("API-RA-M", at, order("API-RA-M-O1", "MINOR")))) {
      HttpResponse<String> conflict = http.postJson("quality", "/api/red-alerts", changed);
      Assertions.assertThat(conflict.statusCode()).as(changed).isEqualTo(409);
      Assertions.assertThat(conflict.body()).contains("\"field\":\"alertId\"");
    }
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("API-RA-M").count()).isEqualTo(1);
  }

  @Test
  void mediaLeftOutOrFalseIsTheSameAlertWithoutMarketing() throws Exception {
    String at = discovered();
    String body = alert("API-RA-NM", at, order("API-RA-NM-O1", "MINOR"));
    HttpResponse<String> first = http.postJson("quality", "/api/red-alerts", body);
    String alert = assertStarted(first, "DELIVERY_QUALITY", 1, Instant.parse(at).plus(30, ChronoUnit.MINUTES))
        .get("processInstanceId").asText();
    Assertions.assertThat(runtime.getVariable(alert, "mediaInvolved")).isEqualTo(false);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(alert).taskDefinitionKey("Task_MarketingDecides")
        .count()).isZero();

    for (String same : List.of(withMedia(body, "false"), withMedia(body, "null"))) {
      HttpResponse<String> again = http.postJson("quality", "/api/red-alerts", same);
      Assertions.assertThat(again.statusCode()).as(same).isEqualTo(200);
      Assertions.assertThat(again.body()).isEqualTo(first.body());
    }
    Assertions.assertThat(http.postJson("quality", "/api/red-alerts", withMedia(body, "true")).statusCode())
        .as("media involved after all: other content").isEqualTo(409);
  }

  static Stream<Arguments> badAlerts() {
    String at = discovered();
    String ok = order("BAD-O1", "MINOR");
    return Stream.of(
        Arguments.of(alert("BAD-1", at, ok).replace("\"description\"", "\"comment\":\"x\",\"description\""), "comment"),
        Arguments.of(alert("BAD 2", at, ok), "alertId"),
        Arguments.of(alert("BAD-3", "yesterday", ok), "discoveredAt"),
        Arguments.of(alert("BAD-4", "2999-01-01T00:00:00Z", ok), "discoveredAt"),
        Arguments.of(alert("BAD-5", at, ok.replace("MINOR", "SEVERE")), "orders[0].severity"),
        Arguments.of(alert("BAD-6", at, ok.replace("\"王先生\"", "\"\"")), "orders[0].customer.name"),
        Arguments.of(alert("BAD-7", at, ok.replace(",\"highValue\":false", ",\"vip\":true")), "orders[0].customer.vip"),
        Arguments.of(alert("BAD-8", at, ok + "," + ok), "orders[1].orderId"),
        Arguments.of(alert("BAD-9", at, ""), "orders"),
        Arguments.of(alert("BAD-10", at, ok).replace("\"orders\"", "\"partNumber\":\"SCREEN-15\",\"orders\""), "orders"),
        Arguments.of("{\"alertId\":\"BAD-11\",\"discoveredAt\":\"" + at + "\",\"description\":\"x\"}", "orders"),
        Arguments.of(alert("BAD-12", at, "\"O-1\""), "orders[0]"),
        Arguments.of("{\"alertId\":\"BAD-13\",\"discoveredAt\":\"" + at + "\",\"description\":\"x\",\"partNumber\":\"NOBODY-WAITS\"}",
            "partNumber"),
        Arguments.of(withMedia(alert("BAD-14", at, ok), "\"yes\""), "mediaInvolved"),
        Arguments.of(withMedia(alert("BAD-15", at, ok), "1"), "mediaInvolved"),
        Arguments.of(withMedia(alert("BAD-16", at, ok), "{}"), "mediaInvolved"),
        // a name of two lines would show only its first in the joint decision's options (ADR 0052)
        Arguments.of(alert("BAD-17", at, ok.replace("\"王先生\"", "\"王先生\\n客户B · No issue\"")), "orders[0].customer.name"));
  }

  @ParameterizedTest
  @MethodSource("badAlerts")
  void badInputIsRefusedNamingTheFieldAndStartsNothing(String body, String field) throws Exception {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("redAlert").count();
    // the service manager may raise either kind of alert
    HttpResponse<String> response = http.postJson("manager", "/api/red-alerts", body);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    Assertions.assertThat(json.readTree(response.body()).findValuesAsText("field")).contains(field);
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("redAlert").count())
        .isEqualTo(before);
  }

  @Test
  void qualitySalesDeliveryServiceAndIntegrationMayRaiseAnAlertOthersMayNot() throws Exception {
    String at = discovered();
    for (String user : List.of("quality", "sales", "delivery", "manager", "integration")) {
      String id = "API-RA-G-" + user;
      HttpResponse<String> response = http.postJson(user, "/api/red-alerts", alert(id, at, order(id + "-O1", "NONE")));
      Assertions.assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(201);
    }
    for (String user : List.of("advisor", "parts", "auditor", "storemanager", "regional")) {
      String id = "API-RA-N-" + user;
      HttpResponse<String> response = http.postJson(user, "/api/red-alerts", alert(id, at, order(id + "-O1", "NONE")));
      Assertions.assertThat(response.statusCode()).as(user).isEqualTo(403);
      Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    }
  }

  @Test
  void aSupplyAlertTakesTheServiceSidesWaitingOrdersSoOnlyTheServiceManagerOrASystemRaisesIt() throws Exception {
    // sales and delivery may not read the part's batch view, and would read its customers through the alert's tasks
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", PartShortageApiTest.report(
        "API-RA-SUP-RO", "MINOR", "").replace("SCREEN-15", "PANEL-SUP-1")).statusCode()).isEqualTo(201);
    String at = discovered();
    for (String user : List.of("sales", "delivery", "quality")) {
      String id = "API-RA-SUP-" + user;
      HttpResponse<String> refused = http.postJson(user, "/api/red-alerts", supply(id, at, "PANEL-SUP-1"));
      Assertions.assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
      Assertions.assertThat(json.readTree(refused.body()).findValuesAsText("field")).containsExactly("partNumber");
      Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    }
    for (String user : List.of("manager", "integration")) {
      HttpResponse<String> raised = http.postJson(user, "/api/red-alerts", supply("API-RA-SUP-" + user, at, "PANEL-SUP-1"));
      Assertions.assertThat(raised.statusCode()).as(user + ": " + raised.body()).isEqualTo(201);
    }
  }

  private static String supply(String alertId, String at, String partNumber) {
    return "{\"alertId\":\"" + alertId + "\",\"discoveredAt\":\"" + at + "\",\"description\":\"Stock-out\","
        + "\"partNumber\":\"" + partNumber + "\"}";
  }
}
