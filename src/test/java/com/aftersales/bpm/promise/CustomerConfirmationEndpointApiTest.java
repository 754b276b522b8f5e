package com.aftersales.bpm.promise;

import static com.aftersales.bpm.promise.Checklists.confirmation;
import static com.aftersales.bpm.promise.Checklists.confirmationPath;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Notifications;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * SPEC 6's pre-approval before the promise is made (ADR 0039): a checklist posted without the
 * customer's confirmation is a draft whose special promises the service manager decides first; the
 * confirmation follows on its own endpoint, is recorded once, and one that comes while a
 * pre-approval is open is taken and alerts the store manager.
 */
@ApplicationTest
class CustomerConfirmationEndpointApiTest extends ApplicationTestSupport {

  static final Instant RECORDED = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
  static final String STANDARD = Checklists.item("FREE_SERVICE", "First maintenance free", "300");
  static final String SPECIAL = Checklists.item("TIME", "Any part within 24 hours", "0");

  @Test
  void aDraftTellsSalesWhatNeedsApprovalAndAConfirmationBeforeTheDecisionAlertsTheStoreManager() throws Exception {
    JsonNode draft = post("sales", "/api/customer-promises", Checklists.draft("CL-TWO-1", "C-TWO-1", RECORDED,
        STANDARD + "," + SPECIAL), 201);
    Assertions.assertThat(draft.findValuesAsText("state")).containsExactly("RECORDED", "AWAITING_APPROVAL");
    JsonNode before = read("C-TWO-1");
    Assertions.assertThat(before.findValues("customerConfirmedAt")).allSatisfy(at -> Assertions.assertThat(at.isNull()).isTrue());
    Assertions.assertThat(before.findValuesAsText("madeBeforeApproval")).containsExactly("false", "false");

    Instant signed = RECORDED.plus(30, ChronoUnit.MINUTES);
    JsonNode confirmed = post("sales", confirmationPath("CL-TWO-1"), confirmation(signed), 201);

    Assertions.assertThat(Instant.parse(confirmed.get("customerConfirmedAt").asText())).isEqualTo(signed);
    Assertions.assertThat(confirmed.get("madeBeforeApproval").asInt()).isOne();
    Assertions.assertThat(confirmed.get("items").findValuesAsText("madeBeforeApproval")).containsExactly("false", "true");
    String instance = draft.get("processInstanceId").asText();
    Assertions.assertThat(Notifications.deliverAll(engine, instance)).isOne();
    Assertions.assertThat(recipients("CL-TWO-1")).containsExactly("store-manager");
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_PreApprovePromise")
        .count()).as("the service manager still decides").isOne();
    JsonNode after = read("C-TWO-1");
    Assertions.assertThat(after.findValuesAsText("customerConfirmedAt")).allSatisfy(at ->
        Assertions.assertThat(Instant.parse(at)).isEqualTo(signed));
    Assertions.assertThat(after.findValuesAsText("madeBeforeApproval")).containsExactly("false", "true");
  }

  @Test
  void theSameConfirmationAgainGetsTheFirstAnswerAndAnotherTimeIsAConflict() throws Exception {
    post("integration", "/api/customer-promises", Checklists.draft("CL-TWO-2", "C-TWO-2", RECORDED, SPECIAL), 201);
    Instant signed = RECORDED.plus(5, ChronoUnit.MINUTES);
    HttpResponse<String> first = http.postJson("integration", confirmationPath("CL-TWO-2"), confirmation(signed));
    Assertions.assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    // decided since: a repeat still gets the first answer, as every intake does (ADR 19)
    tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId("CL-TWO-2")).singleResult().getId(),
        Map.of("promiseDecision", "APPROVED", "promiseDecisionReason", "stocked locally"));

    HttpResponse<String> again = http.postJson("integration", confirmationPath("CL-TWO-2"),
        confirmation(signed.atOffset(ZoneOffset.ofHours(8))));
    HttpResponse<String> other = http.postJson("integration", confirmationPath("CL-TWO-2"),
        confirmation(signed.plusSeconds(60)));

    Assertions.assertThat(again.statusCode()).as("the same instant, another offset").isEqualTo(200);
    Assertions.assertThat(again.body()).isEqualTo(first.body());
    assertConflict(other);
    Assertions.assertThat(confirmedAt("CL-TWO-2")).isEqualTo(signed);
    Assertions.assertThat(json.readTree(again.body()).findValuesAsText("state")).containsExactly("AWAITING_APPROVAL");
    Notifications.deliverAll(engine, processInstanceId("CL-TWO-2"));
    Assertions.assertThat(recipients("CL-TWO-2")).as("one alert, then the decision").containsExactlyInAnyOrder(
        "store-manager", "sales");
  }

  @Test
  void aChecklistPostedInOneStepIsADraftConfirmedAtOnce() throws Exception {
    Instant signed = RECORDED.plus(10, ChronoUnit.MINUTES);
    post("sales", "/api/customer-promises", Checklists.checklist("CL-TWO-3", "C-TWO-3", RECORDED, signed, SPECIAL), 201);

    Assertions.assertThat(Notifications.deliverAll(engine, processInstanceId("CL-TWO-3"))).isOne();
    Assertions.assertThat(recipients("CL-TWO-3")).containsExactly("store-manager");
    JsonNode again = post("sales", confirmationPath("CL-TWO-3"), confirmation(signed), 200);
    Assertions.assertThat(again.get("madeBeforeApproval").asInt()).isOne();
    assertConflict(http.postJson("sales", confirmationPath("CL-TWO-3"), confirmation(signed.plusSeconds(1))));
    Assertions.assertThat(confirmedAt("CL-TWO-3")).isEqualTo(signed);
  }

  @Test
  void aChecklistConfirmedInOneStepBeforeThisVersionIsJudgedByItsRows() throws Exception {
    Instant signed = RECORDED.plus(10, ChronoUnit.MINUTES);
    post("sales", "/api/customer-promises", Checklists.checklist("CL-TWO-4", "C-TWO-4", RECORDED, signed, STANDARD), 201);
    // as a checklist of version 9 had it: the confirmation in its rows, no record of its own
    jdbc.update("DELETE FROM intake_record WHERE kind = 'PROMISE_CONFIRMATION' AND record_key = 'CL-TWO-4'");

    post("sales", confirmationPath("CL-TWO-4"), confirmation(signed), 200);
    assertConflict(http.postJson("sales", confirmationPath("CL-TWO-4"), confirmation(signed.plusSeconds(1))));
    Assertions.assertThat(confirmedAt("CL-TWO-4")).isEqualTo(signed);
  }

  @Test
  void aConfirmationAfterTheDecisionAlertsNobodyAndTheReadShowsWhenTheCustomerSigned() throws Exception {
    post("sales", "/api/customer-promises", Checklists.draft("CL-TWO-5", "C-TWO-5", RECORDED, SPECIAL), 201);
    String instance = processInstanceId("CL-TWO-5");
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("promiseDecision", "APPROVED", "promiseDecisionReason", "stocked locally"));

    // signed before the decision, reported after it: nothing waits to be alerted, the read still says so
    JsonNode confirmed = post("sales", confirmationPath("CL-TWO-5"), confirmation(RECORDED.plusSeconds(60)), 201);

    Assertions.assertThat(confirmed.findValuesAsText("state")).containsExactly("APPROVED");
    Assertions.assertThat(confirmed.get("madeBeforeApproval").asInt()).isOne();
    Notifications.deliverAll(engine, instance);
    Assertions.assertThat(recipients("CL-TWO-5")).as("the decision only").containsExactly("sales");
  }

  private void assertConflict(HttpResponse<String> conflict) throws Exception {
    Assertions.assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
    JsonNode error = json.readTree(conflict.body());
    Assertions.assertThat(error.findValuesAsText("field")).containsExactly("checklistId");
    Assertions.assertThat(error.get("message").asText()).contains("already confirmed by the customer");
  }

  private JsonNode post(String user, String path, String body, int status) throws Exception {
    HttpResponse<String> response = http.postJson(user, path, body);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json.readTree(response.body());
  }

  private JsonNode read(String customerId) throws Exception {
    HttpResponse<String> response = http.get("advisor", "/api/customers/" + customerId + "/promises");
    Assertions.assertThat(response.statusCode()).isEqualTo(200);
    return json.readTree(response.body()).get("promises");
  }

  private String processInstanceId(String checklistId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(checklistId)
        .singleResult().getId();
  }

  private java.util.List<String> recipients(String checklistId) {
    return jdbc.queryForList("SELECT recipient FROM notification WHERE business_key = ?", String.class, checklistId);
  }

  private Instant confirmedAt(String checklistId) {
    return jdbc.queryForList("SELECT DISTINCT customer_confirmed_at FROM customer_promise WHERE checklist_id = ?",
        java.time.OffsetDateTime.class, checklistId).stream().map(java.time.OffsetDateTime::toInstant)
        .reduce((a, b) -> { throw new AssertionError("rows confirmed at different times"); }).orElseThrow();
  }
}
