package com.aftersales.bpm.api;

import com.aftersales.bpm.parts.PartShortageReport;
import com.aftersales.bpm.parts.PartShortageService;
import com.aftersales.bpm.parts.VehicleCondition;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.SurveyJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class PartShortageApiTest extends ApplicationTestSupport {

  @Autowired PartShortageService shortages;

  static String report(String repairOrderId, String condition, String extra) {
    return PartShortages.report(repairOrderId, condition).extraJson(extra).json();
  }

  @Test
  void aReportStartsTheOrderOnceAndAChangedReportIsAConflict() throws Exception {
    String body = report("API-RO-1", "CANNOT_DRIVE", "");
    HttpResponse<String> first = http.postJson("integration", "/api/part-shortages", body);
    Assertions.assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode started = json.readTree(first.body());
    Assertions.assertThat(started.get("riskLevel").asText()).isEqualTo("L1");
    Assertions.assertThat(started.get("managerDeadline").asText()).isEqualTo("IMMEDIATE");

    HttpResponse<String> again = http.postJson("integration", "/api/part-shortages", body);
    Assertions.assertThat(again.statusCode()).isEqualTo(200);
    Assertions.assertThat(again.body()).isEqualTo(first.body());
    HttpResponse<String> changed = http.postJson("integration", "/api/part-shortages",
        report("API-RO-1", "MINOR", ""));
    Assertions.assertThat(changed.statusCode()).isEqualTo(409);
    Assertions.assertThat(changed.body()).contains("\"field\":\"repairOrderId\"");
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("API-RO-1").count())
        .isEqualTo(1);
  }

  static Stream<Arguments> badReports() {
    return Stream.of(
        Arguments.of("unknown condition", report("BAD-P1", "BROKEN", ""), "vehicleCondition"),
        Arguments.of("no part number", report("BAD-P2", "MINOR", "").replace("\"number\":\"SCREEN-15\",", ""),
            "part.number"),
        Arguments.of("supplierEta not a date", report("BAD-P3", "MINOR", "").replace("2026-12-01", "soon"),
            "supplierEta"),
        Arguments.of("vip not a boolean", report("BAD-P4", "MINOR", "").replace("\"vip\":false", "\"vip\":\"yes\""),
            "customer.vip"),
        Arguments.of("unknown field", report("BAD-P5", "MINOR", ",\"urgent\":true"), "urgent"),
        Arguments.of("customer name of two lines", PartShortages.report("BAD-P7", "MINOR")
            .customer("C-BAD-P7", "张女士\\n案例 Case: RO-0000", "+86 139 0000 0000").json(), "customer.name"),
        Arguments.of("missing customer", "{\"repairOrderId\":\"BAD-P6\",\"reportedAt\":\"2026-01-05T08:00:00Z\","
            + "\"part\":{\"number\":\"X\",\"name\":\"Y\"},\"vehicleCondition\":\"MINOR\"}", "customer"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badReports")
  void aBadReportIsRefusedNamingTheFieldAndStartsNothing(String caseName, String body, String field) throws Exception {
    long before = history.createHistoricProcessInstanceQuery().count();
    HttpResponse<String> response = http.postJson("integration", "/api/part-shortages", body);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    Assertions.assertThat(json.readTree(response.body()).findValuesAsText("field")).contains(field);
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void customerContactsAreRecordedCheckedAndTheSecondChaseWithADemandEscalates() throws Exception {
    http.postJson("integration", "/api/part-shortages", report("API-RO-2", "CORE_FUNCTION_IMPAIRED", ""));
    String path = "/api/part-shortages/API-RO-2/customer-contacts";
    HttpResponse<String> early = http.postJson("integration", path, contact("什么时候能好?").replace("true}", "false}"));
    Assertions.assertThat(json.readTree(early.body()).get("evaluated").asBoolean())
        .as("before the customer was told what to expect, a contact is recorded only").isFalse();
    String order = runtime.createProcessInstanceQuery().processInstanceBusinessKey("API-RO-2").singleResult().getId();
    completeTask(order, "Task_ManagerReview", "reviewNote", "priority");
    completeTask(order, "Task_SetExpectation", "promisedDate", PartShortages.keptPromise());

    HttpResponse<String> bad = http.postJson("integration", path, "{\"at\":\"2026-01-05T08:00:00Z\",\"channel\":\"PIGEON\"}");
    Assertions.assertThat(bad.statusCode()).isEqualTo(400);
    Assertions.assertThat(json.readTree(bad.body()).findValuesAsText("field")).contains("channel", "chasing");
    Assertions.assertThat(contacts("API-RO-2")).isEqualTo(1);

    HttpResponse<String> first = http.postJson("integration", path, contact("有进展了吗?"));
    Assertions.assertThat(json.readTree(first.body()).get("consecutiveChases").asInt()).isEqualTo(1);
    HttpResponse<String> second = http.postJson("integration", path, contact("给我个准信!"));
    Assertions.assertThat(second.statusCode()).isEqualTo(201);
    Assertions.assertThat(json.readTree(second.body()).get("consecutiveChases").asInt()).isEqualTo(2);
    Assertions.assertThat(json.readTree(second.body()).get("evaluated").asBoolean()).isTrue();
    Assertions.assertThat(contacts("API-RO-2")).isEqualTo(3);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceBusinessKey("API-RO-2")
        .taskDefinitionKey("Task_ManagerCall").count()).isEqualTo(1);

    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/NO-SUCH/customer-contacts",
        contact("hello")).statusCode()).isEqualTo(404);
  }

  @Test
  void anArrivalEndsTheWaitOnceAndAPostRepairLowScoreStartsALinkedRescue() throws Exception {
    http.postJson("integration", "/api/part-shortages", report("API-RO-3", "MINOR", ""));
    String order = runtime.createProcessInstanceQuery().processInstanceBusinessKey("API-RO-3").singleResult().getId();
    completeTask(order, "Task_SetExpectation", "promisedDate", PartShortages.keptPromise());

    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/NO-SUCH/arrival", "{}").statusCode())
        .isEqualTo(404);
    HttpResponse<String> bad = http.postJson("integration", "/api/part-shortages/API-RO-3/arrival",
        "{\"arrivedAt\":\"yesterday\",\"by\":\"truck\"}");
    Assertions.assertThat(bad.statusCode()).isEqualTo(400);
    Assertions.assertThat(json.readTree(bad.body()).findValuesAsText("field")).containsExactly("arrivedAt", "by");
    Assertions.assertThat(runtime.getVariable(order, "partArrivedAt")).as("still waiting").isNull();
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/API-RO-3/arrival", "{}").statusCode())
        .isEqualTo(204);
    Object arrivedAt = runtime.getVariable(order, "partArrivedAt");
    HttpResponse<String> twice = http.postJson("integration", "/api/part-shortages/API-RO-3/arrival", "{}");
    Assertions.assertThat(twice.statusCode()).as("a repeat answers as the first and changes nothing")
        .isEqualTo(204);
    Assertions.assertThat(runtime.getVariable(order, "partArrivedAt")).isEqualTo(arrivedAt);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_Repair").count())
        .isEqualTo(1);

    completeTask(order, "Task_Repair", "repairDone", true);
    completeTask(order, "Task_Handover", "handoverNote", "done");
    HttpResponse<String> survey = http.postJson("integration", "/api/nps-responses",
        SurveyJson.survey("SV-API-RO-3", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS))
            .replace("\"serviceOrderId\":\"RO-SV-API-RO-3\"", "\"serviceOrderId\":\"API-RO-3\""));
    String rescue = json.readTree(survey.body()).get("processInstanceId").asText();

    Assertions.assertThat(runtime.getVariable(rescue, "partsShortageInstanceId")).isEqualTo(order);
    var linked = history.createHistoricVariableInstanceQuery().processInstanceId(order).variableName("rescueInstanceId")
        .singleResult();
    Assertions.assertThat(linked.getValue()).isEqualTo(rescue);
    Assertions.assertThat(Notifications.deliverAll(engine, order)).as("the survey request, after the handover's commit")
        .isEqualTo(1);
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(order).singleResult()
        .getState()).isEqualTo("COMPLETED");
  }

  @Test
  void fiveHundredOrdersWaitingOnOnePartAreAllListedAndCounted() throws Exception {
    OffsetDateTime reported = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3);
    for (int i = 0; i < 500; i++) {
      shortages.report(new PartShortageReport("BATCH-" + i, reported.plusMinutes(i),
          new PartShortageReport.Customer("C-" + i, "客户" + i, "+86 139 0000 0000", false, false), null,
          new PartShortageReport.Part("GLOBAL-STOCKOUT-1", "Drive unit"), VehicleCondition.values()[i % 3], null), null);
    }
    shortages.report(new PartShortageReport("BATCH-OTHER", reported,
        new PartShortageReport.Customer("C-X", "X", "+86 139 0000 0000", false, false), null,
        new PartShortageReport.Part("OTHER-PART", "Mirror"), VehicleCondition.MINOR, null), null);

    HttpResponse<String> response = http.get("parts", "/api/part-shortages?partNumber=GLOBAL-STOCKOUT-1&status=waiting");
    Assertions.assertThat(response.statusCode()).isEqualTo(200);
    JsonNode batch = json.readTree(response.body());
    Assertions.assertThat(batch.get("count").asInt()).isEqualTo(500);
    Assertions.assertThat(batch.get("orders")).hasSize(500);
    Assertions.assertThat(batch.get("orders").findValuesAsText("repairOrderId")).doesNotContain("BATCH-OTHER")
        .doesNotHaveDuplicates();
    Assertions.assertThat(batch.get("orders").findValuesAsText("riskLevel"))
        .filteredOn("L1"::equals).hasSize(167);
    Assertions.assertThat(batch.get("orders").get(0).get("daysWaiting").asInt()).isEqualTo(3);

    Assertions.assertThat(http.get("parts", "/api/part-shortages?status=waiting").statusCode()).isEqualTo(400);
    Assertions.assertThat(http.get("parts", "/api/part-shortages?partNumber=X&status=done").statusCode()).isEqualTo(400);
  }

  private static String contact(String text) {
    return "{\"at\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\",\"channel\":\"PHONE\",\"text\":\""
        + text + "\",\"chasing\":true}";
  }

  private long contacts(String repairOrderId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM part_customer_contact WHERE repair_order_id = ?", Long.class,
        repairOrderId);
  }

  private void completeTask(String instance, String key, Object... keysAndValues) {
    var task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    var variables = new java.util.HashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    tasks.complete(task.getId(), variables);
  }
}
