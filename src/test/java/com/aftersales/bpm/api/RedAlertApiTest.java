package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.RedAlertJson.alert;
import static com.aftersales.bpm.support.RedAlertJson.assertStarted;
import static com.aftersales.bpm.support.RedAlertJson.discovered;
import static com.aftersales.bpm.support.RedAlertJson.order;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.Http;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST /api/red-alerts}: strict input, repeats and groups. What a raised alert leads to (a
 * supply alert's conversations, the month's report): {@link RedAlertOutcomesApiTest}.
 */
@ApplicationTest
class RedAlertApiTest {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ObjectMapper json;
  @Autowired Http http;

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
            "partNumber"));
  }

  @ParameterizedTest
  @MethodSource("badAlerts")
  void badInputIsRefusedNamingTheFieldAndStartsNothing(String body, String field) throws Exception {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("redAlert").count();
    HttpResponse<String> response = http.postJson("quality", "/api/red-alerts", body);
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
}
