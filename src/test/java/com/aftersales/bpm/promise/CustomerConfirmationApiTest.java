package com.aftersales.bpm.promise;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC 6, "customer and sales confirm", posted in one step: a checklist carries when the customer
 * confirmed it ({@code customerConfirmedAt}), kept with each promise and read back; with a wrong one
 * nothing is recorded or started. Without one it is a draft ({@link CustomerConfirmationEndpointApiTest}).
 */
@ApplicationTest
class CustomerConfirmationApiTest extends ApplicationTestSupport {

  static final Instant RECORDED = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
  static final String ITEM = Checklists.item("FREE_SERVICE", "First maintenance free", "300");
  /** Special: the checklist's process waits for the service manager, so its variables can be read. */
  static final String SPECIAL_ITEM = Checklists.item("TIME", "Any part within 24 hours", "0");

  static Stream<Arguments> badConfirmations() {
    String good = Checklists.checklist("X", "C-CONF-BAD", RECORDED, RECORDED, ITEM);
    return Stream.of(
        Arguments.of("CL-CONF-FUTURE", Checklists.checklist("X", "C-CONF-BAD", RECORDED,
            Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), ITEM), "must not be in the future"),
        Arguments.of("CL-CONF-EARLY", Checklists.checklist("X", "C-CONF-BAD", RECORDED,
            RECORDED.minusSeconds(1), ITEM), "must not be before recordedAt"),
        Arguments.of("CL-CONF-NO-OFFSET", good.replaceFirst("\"customerConfirmedAt\":\"([^\"Z]*)Z\"",
            "\"customerConfirmedAt\":\"$1\""), "must be an ISO-8601 date-time with offset"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConfirmations")
  void aChecklistWithAWrongConfirmationIsRefusedNamingItAndNothingStarts(String checklistId, String body,
      String message) throws Exception {
    HttpResponse<String> refused = http.postJson("sales", "/api/customer-promises",
        body.replace("\"checklistId\":\"X\"", "\"checklistId\":\"" + checklistId + "\""));

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode problems = json.readTree(refused.body()).get("fieldErrors");
    Assertions.assertThat(problems.findValuesAsText("field")).containsExactly("customerConfirmedAt");
    Assertions.assertThat(problems.get(0).get("message").asText()).startsWith(message);
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(checklistId).count())
        .as("no checklist process started").isZero();
    Assertions.assertThat(rows(checklistId)).isZero();
  }

  @Test
  void theConfirmationIsKeptWithEachPromiseAndReadBack() throws Exception {
    Instant confirmed = RECORDED.plus(5, ChronoUnit.MINUTES);
    HttpResponse<String> posted = http.postJson("sales", "/api/customer-promises", Checklists.checklist("CL-CONF-OK",
        "C-CONF-OK", RECORDED, confirmed, ITEM + "," + SPECIAL_ITEM));
    Assertions.assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

    JsonNode read = json.readTree(http.get("advisor", "/api/customers/C-CONF-OK/promises").body());
    Assertions.assertThat(read.get("promises").findValuesAsText("customerConfirmedAt")).hasSize(2)
        .allSatisfy(at -> Assertions.assertThat(Instant.parse(at)).isEqualTo(confirmed));
    String processInstanceId = json.readTree(posted.body()).get("processInstanceId").asText();
    Assertions.assertThat(runtime.getVariable(processInstanceId, PromiseVariables.CUSTOMER_CONFIRMED_AT.name()))
        .isEqualTo(java.util.Date.from(confirmed));
  }

  @Test
  void aRepeatConfirmedAtAnotherTimeIsAConflict() throws Exception {
    String first = Checklists.checklist("CL-CONF-409", "C-CONF-409", RECORDED, RECORDED.plusSeconds(60), SPECIAL_ITEM);
    Assertions.assertThat(http.postJson("sales", "/api/customer-promises", first).statusCode()).isEqualTo(201);
    Assertions.assertThat(http.postJson("sales", "/api/customer-promises", first).statusCode()).as("the same").isEqualTo(200);

    HttpResponse<String> changed = http.postJson("sales", "/api/customer-promises",
        Checklists.checklist("CL-CONF-409", "C-CONF-409", RECORDED, RECORDED.plusSeconds(120), SPECIAL_ITEM));

    Assertions.assertThat(changed.statusCode()).as(changed.body()).isEqualTo(409);
    Assertions.assertThat(json.readTree(changed.body()).findValuesAsText("field")).containsExactly("checklistId");
    Assertions.assertThat(jdbc.queryForList("SELECT customer_confirmed_at FROM customer_promise WHERE checklist_id = ?",
        java.time.OffsetDateTime.class, "CL-CONF-409")).singleElement()
        .satisfies(at -> Assertions.assertThat(at.toInstant()).isEqualTo(RECORDED.plusSeconds(60)));
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CL-CONF-409").count())
        .as("started once").isOne();
  }

  private int rows(String checklistId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM customer_promise WHERE checklist_id = ?", Integer.class, checklistId);
  }
}
