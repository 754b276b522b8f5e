package com.aftersales.bpm.promise;

import static com.aftersales.bpm.promise.Checklists.confirmation;
import static com.aftersales.bpm.promise.Checklists.confirmationPath;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Notifications;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The store manager's alert of a confirmation (ADR 0039) through the API: one per confirmation,
 * listing every promise made before its approval that is left to settle, whether the checklist's
 * process still runs or has ended.
 */
@ApplicationTest
class CustomerConfirmationAlertApiTest extends ApplicationTestSupport {

  static final Instant RECORDED = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

  @Test
  void twentyFiveSpecialPromisesConfirmedBeforeApprovalMakeOneAlertAndNoIncident() throws Exception {
    String items = IntStream.rangeClosed(1, 25).mapToObj(i -> Checklists.item("TIME", "P%02d".formatted(i), "0"))
        .collect(Collectors.joining(","));
    JsonNode draft = post(Checklists.draft("CL-ALERT-1", "C-ALERT-1", RECORDED, items), "/api/customer-promises");

    JsonNode confirmed = post(confirmation(RECORDED.plus(30, ChronoUnit.MINUTES)), confirmationPath("CL-ALERT-1"));

    Assertions.assertThat(confirmed.get("madeBeforeApproval").asInt()).isEqualTo(25);
    String instance = draft.get("processInstanceId").asText();
    Assertions.assertThat(Notifications.deliverAll(engine, instance)).isOne();
    Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance).withException()
        .count()).as("failed jobs").isZero();
    List<String> alerts = messagesTo("store-manager", "CL-ALERT-1");
    Assertions.assertThat(alerts).hasSize(1);
    IntStream.rangeClosed(1, 25).forEach(i -> Assertions.assertThat(alerts.get(0)).contains(": P%02d ·".formatted(i)));
  }

  @Test
  void aPromiseRefusedAfterTheCustomerSignedAlertsTheStoreManagerThoughTheChecklistHasEnded() throws Exception {
    JsonNode draft = post(Checklists.draft("CL-ALERT-2", "C-ALERT-2", RECORDED,
        Checklists.item("PRICE", "20% off every repair", "2000")), "/api/customer-promises");
    String instance = draft.get("processInstanceId").asText();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("promiseDecision", "REFUSED", "promiseDecisionReason", "not our policy"));
    Notifications.deliverAll(engine, instance);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count())
        .as("checked and ended").isZero();

    // the customer signed before the refusal; sales reports it after
    JsonNode confirmed = post(confirmation(RECORDED.plus(5, ChronoUnit.MINUTES)), confirmationPath("CL-ALERT-2"));

    Assertions.assertThat(confirmed.findValuesAsText("state")).containsExactly("REFUSED");
    Assertions.assertThat(confirmed.get("madeBeforeApproval").asInt()).isOne();
    String alerting = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("CL-ALERT-2")
        .singleResult().getId();
    Assertions.assertThat(Notifications.deliverAll(engine, alerting)).isOne();
    Assertions.assertThat(messagesTo("store-manager", "CL-ALERT-2")).singleElement().satisfies(message ->
        Assertions.assertThat(message).contains("20% off every repair").contains("Refused"));
    Assertions.assertThat(messagesTo("sales", "CL-ALERT-2")).as("the decision").hasSize(1);
  }

  private JsonNode post(String body, String path) throws Exception {
    HttpResponse<String> response = http.postJson("sales", path, body);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  private List<String> messagesTo(String recipient, String checklistId) {
    return jdbc.queryForList("SELECT message FROM notification WHERE business_key = ? AND recipient = ?", String.class,
        checklistId, recipient);
  }
}
