package com.aftersales.bpm.promise;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Notifications;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, must show 1: a checklist with a standard and special promises through the real intake,
 * process and forms' REST path, posted as a draft and confirmed by the customer once the special
 * promises are decided (ADR 0039); the customer's promises as the service side reads them; a low score
 * from that customer whose root cause is the promise, counted in the reports' joint KPI.
 */
@ApplicationTest
class CustomerPromiseScenarioTest extends ApplicationTestSupport {

  @Test
  void theSpecialPromisesWaitForTheManagerAndTheCustomerShowsTheirDecisions() throws Exception {
    JsonNode received = post("sales", Checklists.threePromises("CL-SCN-1", "C-PROM-1"));
    Assertions.assertThat(received.findValuesAsText("policy")).containsExactly("STANDARD", "SPECIAL", "SPECIAL");
    Assertions.assertThat(received.findValuesAsText("state")).containsExactly("RECORDED", "AWAITING_APPROVAL",
        "AWAITING_APPROVAL");
    Assertions.assertThat(received.get("special").asInt()).isEqualTo(2);
    String instance = received.get("processInstanceId").asText();
    Assertions.assertThat(states("C-PROM-1")).containsExactly("RECORDED", "AWAITING_APPROVAL", "AWAITING_APPROVAL");

    List<Task> approvals = tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_PreApprovePromise").taskCandidateGroup("service-manager").list();
    Assertions.assertThat(approvals).hasSize(2);
    Task time = approval(approvals, "CL-SCN-1#2");
    Task price = approval(approvals, "CL-SCN-1#3");
    decide(time, "APPROVED", "parts for this model are stocked locally", null);
    Assertions.assertThat(states("C-PROM-1")).containsExactly("RECORDED", "APPROVED", "AWAITING_APPROVAL");
    decide(price, "REFUSED", "price promises on repairs are not ours to give", null);

    // the customer signs once sales knows what after-sales keeps: nothing was promised before its approval
    HttpResponse<String> confirmed = http.postJson("sales", "/api/customer-promises/CL-SCN-1/confirmation",
        "{\"customerConfirmedAt\":\"" + Instant.now() + "\"}");
    Assertions.assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
    Assertions.assertThat(json.readTree(confirmed.body()).get("madeBeforeApproval").asInt()).isZero();

    JsonNode promises = get("advisor", "/api/customers/C-PROM-1/promises").get("promises");
    Assertions.assertThat(promises.findValuesAsText("state")).containsExactly("RECORDED", "APPROVED", "REFUSED");
    Assertions.assertThat(promises.findValuesAsText("madeBeforeApproval")).containsExactly("false", "false", "false");
    Assertions.assertThat(promises.get(2).get("decisionReason").asText()).contains("not ours to give");
    Assertions.assertThat(promises.get(2).get("validUntil").asText()).isEqualTo("2099-12-31");
    Assertions.assertThat(Notifications.deliverAll(engine, instance)).isEqualTo(2);
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count())
        .as("the checklist ends once every promise is decided and sales is told").isEqualTo(1);
    Assertions.assertThat(jdbc.queryForList("SELECT recipient FROM notification WHERE business_key = ?", String.class,
        "CL-SCN-1")).as("the sales advisor who posted it is told each decision").containsExactly("sales", "sales");
  }

  @Test
  void aChangedPromiseIsKeptAsTheManagerChangedIt() throws Exception {
    JsonNode received = post("integration", Checklists.draft("CL-SCN-2", "C-PROM-2",
        Checklists.item("SERVICE", "Lifetime free maintenance", "8000")));
    Task approval = tasks.createTaskQuery().processInstanceId(received.get("processInstanceId").asText()).singleResult();
    Assertions.assertThat(tasks.getVariable(approval.getId(), "promiseInWords")).asString()
        .contains("Lifetime free maintenance").contains("Awaiting the service manager's approval");

    decide(approval, "CHANGED", "we keep the first three services free", "First three services free");

    JsonNode promise = get("sales", "/api/customers/C-PROM-2/promises").get("promises").get(0);
    Assertions.assertThat(promise.get("state").asText()).isEqualTo("CHANGED");
    Assertions.assertThat(promise.get("changedDescription").asText()).isEqualTo("First three services free");
    Assertions.assertThat(jdbc.queryForList("SELECT recipient FROM notification WHERE business_key = ?", String.class,
        "CL-SCN-2")).isEmpty();
    Notifications.deliverAll(engine, received.get("processInstanceId").asText());
    Assertions.assertThat(jdbc.queryForList("SELECT recipient FROM notification WHERE business_key = ?", String.class,
        "CL-SCN-2")).as("a sales system's checklist: group sales is told").containsExactly("sales");
  }

  @Test
  void aLowScoreCausedByTheSalesPromiseCountsInTheJointKpi() throws Exception {
    JsonNode received = post("sales", Checklists.threePromises("CL-SCN-3", "C-PROM-3"));
    List<Task> approvals = tasks.createTaskQuery().processInstanceId(received.get("processInstanceId").asText()).list();
    Task time = approval(approvals, "CL-SCN-3#2");
    Task price = approval(approvals, "CL-SCN-3#3");
    decide(time, "APPROVED", "stocked locally", null);
    decide(price, "REFUSED", "not ours to give", null);
    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    int before = get("manager", "/api/reports/rescue?month=" + month).get("salesPromiseLowScores").asInt();

    Instant answered = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    HttpResponse<String> low = http.postJson("integration", "/api/nps-responses", """
        {"surveyId":"SV-PROM-3","answeredAt":"%s","score":2,"comment":"They promised parts in 24 h","serviceOrderId":"RO-PROM-3",
         "customer":{"id":"C-PROM-3","name":"李女士","phone":"+86 138 0000 0003","highValue":false},
         "vehicle":{"model":"Model Y","plate":"京A33333"},"publicOpinionRisk":false}
        """.formatted(answered));
    Assertions.assertThat(low.statusCode()).as(low.body()).isEqualTo(201);
    String rescue = json.readTree(low.body()).get("processInstanceId").asText();
    Task firstContact = tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_FirstContact").singleResult();
    Assertions.assertThat(tasks.getVariable(firstContact.getId(), "customerPromisesInWords")).asString()
        .as("the advisor calling the detractor sees what sales promised, not what was refused")
        .contains("Any part within 24 hours").contains("Approved / 已批准").contains("First maintenance free")
        .doesNotContain("20% off every repair");

    tasks.complete(firstContact.getId(), Map.of("leapListened", true, "leapEmpathized", true, "leapAcknowledged", true,
        "leapPromised", true, "painPoints", "the part took a week", "promise", "call back tomorrow",
        "promisedCallbackAt", Date.from(answered.plus(Duration.ofHours(20)))));
    Task investigate = tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_Investigate").singleResult();
    tasks.complete(investigate.getId(), Map.of("facts", "sales promised 24 h, supply takes 5 days", "responsibility",
        "OURS", "rootCauseCategory", "SALES_PROMISE", "shortTermRemedy", "apology"));

    JsonNode report = get("manager", "/api/reports/rescue?month=" + month);
    Assertions.assertThat(report.get("salesPromiseLowScores").asInt()).isEqualTo(before + 1);
    Assertions.assertThat(report.get("salesPromiseRate").isNull()).isFalse();
    JsonNode capability = get("storemanager", "/api/reports/capability?month=" + month);
    Assertions.assertThat(capability.get("salesPromiseLowScores").asInt()).isEqualTo(before + 1);
    Assertions.assertThat(capability.get("complaintHotSpots").findValuesAsText("category")).contains("SALES_PROMISE");
    Assertions.assertThat(capability.get("promises").get("special").asInt()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void theJointCaseReviewOpensWithTheMonthsCapabilityReport() {
    String review = runtime.startProcessInstanceByKey("jointCaseReview", "REVIEW-2024-03",
        Variables.createVariables().putValue("reviewMonth", "2024-03")).getId();

    Task checkpoint = tasks.createTaskQuery().processInstanceId(review).taskDefinitionKey("Task_Checkpoint").singleResult();
    Assertions.assertThat(tasks.getVariable(checkpoint.getId(), "capabilityReportInWords")).asString()
        .startsWith("After-sales capability, 2024-03 / 售后能力通报 2024-03")
        .contains("Parts waiting now / 当前缺件").contains("Complaint hot spots / 投诉热点")
        .contains("Low scores caused by sales promises / 因销售承诺导致的低分: 0");
  }

  private Task approval(List<Task> approvals, String itemId) {
    return approvals.stream().filter(t -> itemId.equals(tasks.getVariable(t.getId(), "promiseItemId")))
        .findFirst().orElseThrow();
  }

  /** As the service manager in Tasklist: claim, then submit the form (the server checks its rules). */
  private void decide(Task task, String decision, String reason, String changed) {
    Assertions.assertThat(http.postJson("manager", "/engine-rest/task/" + task.getId() + "/claim",
        "{\"userId\":\"manager\"}").statusCode()).isEqualTo(204);
    String body = """
        {"variables":{"promiseDecision":{"value":"%s"},"promiseDecisionReason":{"value":"%s"}%s}}
        """.formatted(decision, reason, changed == null ? "" : ",\"changedPromise\":{\"value\":\"" + changed + "\"}");
    HttpResponse<String> done = http.postJson("manager", "/engine-rest/task/" + task.getId() + "/submit-form", body);
    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  private JsonNode post(String user, String body) throws Exception {
    HttpResponse<String> response = http.postJson(user, "/api/customer-promises", body);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  private List<String> states(String customerId) throws Exception {
    return get("advisor", "/api/customers/" + customerId + "/promises").get("promises").findValuesAsText("state");
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = http.get(user, path);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }
}
