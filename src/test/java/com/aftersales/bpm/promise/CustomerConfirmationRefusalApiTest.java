package com.aftersales.bpm.promise;

import static com.aftersales.bpm.promise.Checklists.confirmation;
import static com.aftersales.bpm.promise.Checklists.confirmationPath;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.AdminRest;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A customer's confirmation refused (ADR 0039): bad input named as {@code customerConfirmedAt}, an
 * unknown checklist named as {@code checklistId}, and a sales advisor confirming another's
 * checklist; each changes nothing: no row confirmed, no record kept, nobody alerted.
 */
@ApplicationTest
class CustomerConfirmationRefusalApiTest extends ApplicationTestSupport {

  static final Instant RECORDED = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
  static final String SPECIAL = Checklists.item("TIME", "Any part within 24 hours", "0");
  static final String OTHER_SALES_ADVISOR = "sales.wang";

  static Stream<Arguments> badConfirmations() {
    String future = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    return Stream.of(
        Arguments.of("{}", List.of("customerConfirmedAt")),
        Arguments.of("{\"customerConfirmedAt\":null}", List.of("customerConfirmedAt")),
        Arguments.of(confirmation(future), List.of("customerConfirmedAt")),
        Arguments.of(confirmation(RECORDED.minusSeconds(1)), List.of("customerConfirmedAt")),
        Arguments.of(confirmation(RECORDED.toString().replace("Z", "")), List.of("customerConfirmedAt")),
        Arguments.of("{\"customerConfirmedAt\":\"" + RECORDED + "\",\"signedBy\":\"x\"}", List.of("signedBy")));
  }

  @ParameterizedTest
  @MethodSource("badConfirmations")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(String body, List<String> fields) throws Exception {
    String checklistId = draft("CL-REF-1", "sales");

    HttpResponse<String> refused = http.postJson("sales", confirmationPath(checklistId), body);

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(json.readTree(refused.body()).findValuesAsText("field")).containsExactlyElementsOf(fields);
    assertUnconfirmed(checklistId);
  }

  @Test
  void aConfirmationBeforeTheChecklistWasRecordedSaysSo() throws Exception {
    String checklistId = draft("CL-REF-1", "sales");

    HttpResponse<String> refused = http.postJson("sales", confirmationPath(checklistId),
        confirmation(RECORDED.minusSeconds(1)));

    Assertions.assertThat(json.readTree(refused.body()).get("fieldErrors").get(0).get("message").asText())
        .startsWith("must not be before recordedAt");
  }

  @Test
  void anUnknownChecklistIsNotFoundNamingIt() throws Exception {
    HttpResponse<String> unknown = http.postJson("integration", confirmationPath("CL-REF-NONE"), confirmation(RECORDED));

    Assertions.assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    Assertions.assertThat(json.readTree(unknown.body()).findValuesAsText("field")).containsExactly("checklistId");
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intake_record WHERE record_key = 'CL-REF-NONE'",
        Integer.class)).isZero();
  }

  @Test
  void aSalesAdvisorConfirmsOnlyTheirOwnChecklistsAndTheSalesSystemAny() throws Exception {
    if (identity.createUserQuery().userId(OTHER_SALES_ADVISOR).count() == 0) {
      new AdminRest(http).createStaff(OTHER_SALES_ADVISOR, Groups.SALES);
    }
    String advisors = draft("CL-REF-2", "sales");
    String systems = draft("CL-REF-3", "integration");

    HttpResponse<String> another = http.postJson(OTHER_SALES_ADVISOR, confirmationPath(advisors), confirmation(RECORDED));
    HttpResponse<String> notTheirs = http.postJson("sales", confirmationPath(systems), confirmation(RECORDED));

    Assertions.assertThat(another.statusCode()).as(another.body()).isEqualTo(403);
    Assertions.assertThat(json.readTree(another.body()).get("message").asText()).contains("who posted checklist CL-REF-2");
    Assertions.assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(403);
    assertUnconfirmed(advisors);
    assertUnconfirmed(systems);
    Assertions.assertThat(http.postJson("integration", confirmationPath(advisors), confirmation(RECORDED)).statusCode())
        .isEqualTo(201);
  }

  @ParameterizedTest
  @ValueSource(strings = {"advisor", "manager", "storemanager", "auditor"})
  void onlySalesAndTheSalesSystemConfirm(String user) {
    String checklistId = draft("CL-REF-4", "sales");

    Assertions.assertThat(http.postJson(user, confirmationPath(checklistId), confirmation(RECORDED)).statusCode())
        .isEqualTo(403);
    assertUnconfirmed(checklistId);
  }

  /** Posts the draft (the same again is answered as the first time); its id. */
  private String draft(String checklistId, String user) {
    HttpResponse<String> posted = http.postJson(user, "/api/customer-promises",
        Checklists.draft(checklistId, "C-" + checklistId, RECORDED, SPECIAL));
    Assertions.assertThat(posted.statusCode()).as(posted.body()).isIn(200, 201);
    return checklistId;
  }

  private void assertUnconfirmed(String checklistId) {
    Assertions.assertThat(jdbc.queryForList("SELECT customer_confirmed_at FROM customer_promise WHERE checklist_id = ?",
        Object.class, checklistId)).singleElement().isNull();
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intake_record WHERE kind = 'PROMISE_CONFIRMATION' "
        + "AND record_key = ?", Integer.class, checklistId)).isZero();
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(checklistId).singleResult().getId();
    Assertions.assertThat(management.createJobQuery().processInstanceId(instance)
        .activityId("Task_NotifyConfirmedBeforeApproval").count()).as("nobody alerted").isZero();
    Assertions.assertThat(runtime.getVariable(instance, PromiseVariables.CUSTOMER_CONFIRMED_AT.name())).isNull();
  }
}
