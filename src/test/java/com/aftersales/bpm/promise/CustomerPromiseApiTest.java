package com.aftersales.bpm.promise;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 19, must show 2: the checklist intake (bad input, repeats, groups) and who may read what. */
@ApplicationTest
class CustomerPromiseApiTest extends ApplicationTestSupport {

  @Test
  void aRepeatGetsTheFirstAnswerAndAChangedRepeatIsAConflict() throws Exception {
    String body = Checklists.threePromises("CL-API-1", "C-API-1");
    HttpResponse<String> first = http.postJson("sales", "/api/customer-promises", body);
    Assertions.assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

    HttpResponse<String> again = http.postJson("sales", "/api/customer-promises", body);
    Assertions.assertThat(again.statusCode()).isEqualTo(200);
    Assertions.assertThat(again.body()).isEqualTo(first.body());
    HttpResponse<String> changed = http.postJson("integration", "/api/customer-promises",
        Checklists.checklist("CL-API-1", "C-API-1", Checklists.item("TIME", "Repair within 3 days", "0")));
    Assertions.assertThat(changed.statusCode()).isEqualTo(409);
    Assertions.assertThat(json.readTree(changed.body()).findValuesAsText("field")).containsExactly("checklistId");
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("CL-API-1").count()).isEqualTo(1);
    Assertions.assertThat(promiseRows("CL-API-1")).isEqualTo(3);
  }

  static Stream<Arguments> badChecklists() {
    String recorded = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    String future = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    String item = Checklists.item("FREE_SERVICE", "First maintenance free", "300");
    String body = "{\"checklistId\":\"%s\",\"customerId\":\"C-BAD\",\"orderId\":\"SO-BAD\",\"recordedAt\":\"%s\","
        + "\"customerConfirmedAt\":\"" + recorded + "\",\"items\":[%s]%s}";
    return Stream.of(
        Arguments.of(body.formatted("CL-BAD-1", recorded, item, ",\"salesman\":\"x\""), new String[] {"salesman"}),
        Arguments.of(body.formatted("CL BAD 2", recorded, item, ""), new String[] {"checklistId"}),
        // confirmed an hour ago, before a recording in the future: both named
        Arguments.of(body.formatted("CL-BAD-3", future, item, ""), new String[] {"recordedAt", "customerConfirmedAt"}),
        Arguments.of(body.formatted("CL-BAD-4", recorded, "", ""), new String[] {"items"}),
        Arguments.of(body.formatted("CL-BAD-5", recorded, Checklists.item("GIFT", "A car wash", "-1"), ""),
            new String[] {"items[0].kind", "items[0].value"}),
        Arguments.of(body.formatted("CL-BAD-6", recorded, item + ",{\"kind\":\"TIME\",\"value\":\"10\",\"x\":1}", ""),
            new String[] {"items[1].description", "items[1].value", "items[1].x"}),
        Arguments.of(body.formatted("CL-BAD-7", recorded, item + ",\"free wash\",null", ""),
            new String[] {"items[1]", "items[2]"}),
        Arguments.of("{\"checklistId\":\"CL-BAD-8\",\"items\":{}}",
            new String[] {"customerId", "items", "orderId", "recordedAt"}),
        Arguments.of(body.formatted("CL-BAD-9", recorded,
            "{\"kind\":\"PRICE\",\"description\":\"x\",\"value\":1.005,\"validUntil\":\"next year\"}", ""),
            new String[] {"items[0].validUntil", "items[0].value"}));
  }

  @ParameterizedTest
  @MethodSource("badChecklists")
  void badInputIsRefusedNamingEveryBadFieldAndNothingStarts(String body, String[] fields) throws Exception {
    HttpResponse<String> response = http.postJson("sales", "/api/customer-promises", body);

    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    Assertions.assertThat(json.readTree(response.body()).findValuesAsText("field")).containsExactlyInAnyOrder(fields);
    String id = body.replaceAll("(?s).*\"checklistId\":\"([^\"]*)\".*", "$1");
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    Assertions.assertThat(promiseRows(id)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"advisor", "manager", "auditor", "parts", "storemanager"})
  void onlySalesAndTheSalesSystemRecordPromises(String user) {
    HttpResponse<String> refused = http.postJson(user, "/api/customer-promises",
        Checklists.threePromises("CL-GRP-" + user, "C-GRP"));

    Assertions.assertThat(refused.statusCode()).isEqualTo(403);
    Assertions.assertThat(promiseRows("CL-GRP-" + user)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"advisor", "manager", "regional", "sales", "storemanager", "auditor"})
  void serviceAndSalesStaffAndAuditorsReadACustomersPromises(String user) throws Exception {
    Assertions.assertThat(http.postJson("sales", "/api/customer-promises",
        Checklists.threePromises("CL-READ-" + user, "C-READ-" + user)).statusCode()).isEqualTo(201);

    HttpResponse<String> read = http.get(user, "/api/customers/C-READ-" + user + "/promises");

    Assertions.assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode promises = json.readTree(read.body());
    Assertions.assertThat(promises.get("count").asInt()).isEqualTo(3);
    Assertions.assertThat(promises.get("promises").findValuesAsText("kind")).containsExactly("FREE_SERVICE", "TIME", "PRICE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"integration", "parts", "delivery", "owner", "monitoring"})
  void othersDoNotReadPromises(String user) {
    Assertions.assertThat(http.get(user, "/api/customers/C-API-1/promises").statusCode()).isIn(401, 403);
  }

  @Test
  void aCustomerWithoutPromisesHasAnEmptyList() throws Exception {
    JsonNode none = json.readTree(http.get("advisor", "/api/customers/C-NOBODY/promises").body());
    Assertions.assertThat(none.get("count").asInt()).isZero();
    Assertions.assertThat(none.get("promises")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"manager", "regional", "storemanager", "sales", "auditor"})
  void theMeetingsCapabilityReportIsReadByManagersSalesAndAuditors(String user) throws Exception {
    HttpResponse<String> shortage = http.postJson("integration", "/api/part-shortages",
        PartShortages.report("CAP-RO-" + user, "CORE_FUNCTION_IMPAIRED").customer("C-CAP", "张女士", "+86 139 0000 0000")
            .part("PUMP-7", "Heat pump").supplierEta(LocalDate.of(2099, 2, 1)).json());
    Assertions.assertThat(shortage.statusCode()).as(shortage.body()).isEqualTo(201);

    HttpResponse<String> read = http.get(user, "/api/reports/capability?month=2026-11");

    Assertions.assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode report = json.readTree(read.body());
    Assertions.assertThat(report.get("month").asText()).isEqualTo("2026-11");
    JsonNode waiting = report.get("partsWaiting");
    Assertions.assertThat(waiting.findValuesAsText("repairOrderId")).contains("CAP-RO-" + user);
    for (JsonNode order : waiting) {
      if (order.get("repairOrderId").asText().equals("CAP-RO-" + user)) {
        Assertions.assertThat(order.get("supplierEta").asText()).isEqualTo("2099-02-01");
        Assertions.assertThat(order.get("partName").asText()).isEqualTo("Heat pump");
        Assertions.assertThat(order.get("riskLevel").asText()).isEqualTo("L2");
      }
    }
    Assertions.assertThat(report.has("ordersByRiskLevel")).isTrue();
    // the workshop now (ADR 40), read as the application: every login that may read the report sees the same
    Assertions.assertThat(report.get("workshop").get("days").asInt()).isEqualTo(7);
    Assertions.assertThat(report.get("workshop").get("repairsWaiting").asInt()).isNotNegative();
    Assertions.assertThat(report.get("promises").has("special")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"advisor", "integration", "parts", "delivery"})
  void othersDoNotReadTheCapabilityReport(String user) {
    Assertions.assertThat(http.get(user, "/api/reports/capability?month=2026-11").statusCode()).isEqualTo(403);
  }

  @Test
  void theCapabilityReportNamesABadMonth() throws Exception {
    HttpResponse<String> bad = http.get("manager", "/api/reports/capability?month=2026-13");
    Assertions.assertThat(bad.statusCode()).isEqualTo(400);
    Assertions.assertThat(json.readTree(bad.body()).findValuesAsText("field")).containsExactly("month");
  }

  private int promiseRows(String checklistId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM customer_promise WHERE checklist_id = ?", Integer.class, checklistId);
  }
}
