package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.SurveyJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator takes a customer success manager out of the group in Admin, or deletes the
 * user: from that request on they read none of their former customers' cases, which the rest of
 * the group now reads (ADR 0032); an employee later given the same id inherits nothing.
 */
@ApplicationTest
class SuccessManagerLeavesTest {

  @Autowired Http http;
  @Autowired ObjectMapper json;
  @Autowired HistoryService history;

  @Test
  void aManagerTakenOutOfTheGroupReadsNoneOfTheirCasesAndTheGroupReadsThem() throws Exception {
    successManager("li.leaves");
    List<String> keys = casesOf("li.leaves", "LEAVES-1", "LEAVES-RO-1");
    Assertions.assertThat(readable("li.leaves", keys)).as("theirs while in the group").isEqualTo(2);

    HttpResponse<String> removed = http.delete("admin", "/engine-rest/group/" + Groups.CUSTOMER_SUCCESS
        + "/members/li.leaves");
    Assertions.assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);

    Assertions.assertThat(readable("li.leaves", keys)).as("no longer theirs").isZero();
    Assertions.assertThat(readable("csm", keys)).as("the group's now").isEqualTo(2);
    Assertions.assertThat(history.createUserOperationLogQuery().entityType(EntityTypes.AUTHORIZATION)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_UPDATE).userId("admin").count())
        .as("the operation log names who handed the cases over").isGreaterThanOrEqualTo(2);
  }

  @Test
  void aDeletedManagersCasesStayWithTheGroupWhenTheIdIsGivenAgain() throws Exception {
    successManager("qian.leaves");
    List<String> keys = casesOf("qian.leaves", "LEAVES-2", "LEAVES-RO-2");

    Assertions.assertThat(http.delete("admin", "/engine-rest/user/qian.leaves").statusCode()).isEqualTo(204);
    Assertions.assertThat(http.postJson("admin", "/engine-rest/user/create", user("qian.leaves")).statusCode())
        .as("a new employee with the old id").isEqualTo(204);

    Assertions.assertThat(readable("qian.leaves", keys)).isZero();
    Assertions.assertThat(readable("csm", keys)).isEqualTo(2);
  }

  private void successManager(String id) throws Exception {
    Assertions.assertThat(http.postJson("admin", "/engine-rest/user/create", user(id)).statusCode()).isEqualTo(204);
    Assertions.assertThat(http.putJson("admin", "/engine-rest/group/" + Groups.CUSTOMER_SUCCESS + "/members/" + id, "")
        .statusCode()).isEqualTo(204);
  }

  /** A rescue and a parts order of a customer the CRM gives to {@code manager}. */
  private List<String> casesOf(String manager, String surveyId, String repairOrder) {
    String survey = SurveyJson.survey(surveyId, 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)).replace(
        "\"highValue\":false", "\"highValue\":false,\"lifetimeValue\":900000,\"successManager\":\"" + manager + "\"");
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", survey).statusCode()).isEqualTo(201);
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", PartShortages.report(repairOrder, "MINOR")
        .success(new BigDecimal("900000"), manager).json()).statusCode()).isEqualTo(201);
    return List.of(surveyId, repairOrder);
  }

  /** How many of the cases the user finds in history, as Cockpit and Case history ask for them. */
  private int readable(String user, List<String> keys) throws Exception {
    int found = 0;
    for (String key : keys) {
      HttpResponse<String> cases = http.get(user, "/engine-rest/history/process-instance?processInstanceBusinessKey="
          + key);
      Assertions.assertThat(cases.statusCode()).as(cases.body()).isEqualTo(200);
      found += json.readTree(cases.body()).size();
    }
    return found;
  }

  private String user(String id) throws Exception {
    return json.writeValueAsString(Map.of("profile", Map.of("id", id, "firstName", "Li", "lastName", "Wang",
        "email", "staff@example.com"), "credentials", Map.of("password", "demo")));
  }
}
