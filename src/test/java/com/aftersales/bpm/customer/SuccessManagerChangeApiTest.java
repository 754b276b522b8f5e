package com.aftersales.bpm.customer;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.AdminRest;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.SurveyJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The CRM gives a customer another success manager (ADR 0037): every case of that customer with a
 * success manager changes hands in one request, a finished one too. The old manager reads none of
 * them, the new one each; a running case tells the new one of what follows; a CRM naming nobody, or
 * someone outside the group, gives them to the group; a customer of no case changes nothing.
 */
@ApplicationTest
class SuccessManagerChangeApiTest extends ApplicationTestSupport {

  @Test
  void everyManagedCaseOfTheCustomerChangesHandsRunningOrFinished() throws Exception {
    new AdminRest(http).createStaff("zhou.takes", Groups.CUSTOMER_SUCCESS);
    String running = rescue("MOVE-RUNNING", "C-MOVE-1");
    String finished = rescue("MOVE-FINISHED", "C-MOVE-1");
    runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(finished)
        .singleResult().getId(), "closed for the test");
    Assertions.assertThat(readable("csm", running, finished)).isEqualTo(2);

    JsonNode changed = change("C-MOVE-1", "\"zhou.takes\"");

    Assertions.assertThat(changed.get("reader").asText()).isEqualTo("zhou.takes");
    Assertions.assertThat(changed.get("cases").asInt()).isEqualTo(2);
    Assertions.assertThat(readable("csm", running, finished)).as("no longer the old manager's").isZero();
    Assertions.assertThat(readable("zhou.takes", running, finished)).isEqualTo(2);
    Assertions.assertThat(runtime.getVariable(caseId(running), "successManager")).as("told of what follows")
        .isEqualTo("zhou.takes");
    Assertions.assertThat(change("C-MOVE-1", "\"zhou.takes\"").get("cases").asInt()).as("the same change again")
        .isEqualTo(2);
    Assertions.assertThat(readable("zhou.takes", running, finished)).isEqualTo(2);
  }

  @Test
  void noManagerOrSomeoneOutsideTheGroupGivesTheCasesToTheGroup() throws Exception {
    String rescue = rescue("MOVE-TO-GROUP", "C-MOVE-2");

    HttpResponse<String> removed = http.delete("integration", "/api/customers/C-MOVE-2/success-manager");
    Assertions.assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    Assertions.assertThat(json.readTree(removed.body()).get("reader").asText()).isEqualTo(Groups.CUSTOMER_SUCCESS);
    Assertions.assertThat(readable("csm", rescue)).as("through the group").isEqualTo(1);
    Assertions.assertThat(runtime.getVariable(caseId(rescue), "successManager")).isNull();

    Assertions.assertThat(change("C-MOVE-2", "\"advisor\"").get("reader").asText()).as("no success manager")
        .isEqualTo(Groups.CUSTOMER_SUCCESS);
    Assertions.assertThat(readable("advisor", rescue)).isZero();
    Assertions.assertThat(change("C-NO-CASES", "\"csm\"").get("cases").asInt()).isZero();
  }

  @Test
  void badInputIsA400NamingTheFieldAndOnlyTheCrmMayChangeIt() throws Exception {
    String rescue = rescue("MOVE-REFUSED", "C-MOVE-3");
    String path = "/api/customers/C-MOVE-3/success-manager";

    HttpResponse<String> bad = http.putJson("integration", path, "{\"successManager\":\"li csm\"}");
    Assertions.assertThat(bad.statusCode()).isEqualTo(400);
    Assertions.assertThat(json.readTree(bad.body()).findValuesAsText("field")).containsExactly("successManager");
    Assertions.assertThat(http.putJson("integration", path, "{\"manager\":\"csm\"}").statusCode()).isEqualTo(400);
    Assertions.assertThat(http.putJson("integration", path, "{}").statusCode()).as("none is a DELETE").isEqualTo(400);
    for (String blank : new String[] {"%20", "%20%20"}) { // a customer id of spaces names nobody
      HttpResponse<String> nobody = http.putJson("integration", "/api/customers/" + blank + "/success-manager",
          "{\"successManager\":\"csm\"}");
      Assertions.assertThat(nobody.statusCode()).as(nobody.body()).isEqualTo(400);
      Assertions.assertThat(json.readTree(nobody.body()).findValuesAsText("field")).containsExactly("customerId");
      Assertions.assertThat(http.delete("integration", "/api/customers/" + blank + "/success-manager").statusCode())
          .isEqualTo(400);
    }
    for (String user : new String[] {"csm", "manager", "auditor"}) {
      Assertions.assertThat(http.putJson(user, path, "{\"successManager\":\"" + user + "\"}").statusCode()).as(user)
          .isEqualTo(403);
      Assertions.assertThat(http.delete(user, path).statusCode()).as(user).isEqualTo(403);
    }
    Assertions.assertThat(readable("csm", rescue)).as("nothing changed").isEqualTo(1);
  }

  /** A red score of the customer, whom the CRM values at 900,000 CNY and gives to csm. */
  private String rescue(String surveyId, String customerId) {
    String survey = SurveyJson.successManaged(SurveyJson.survey(surveyId, 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)),
        "csm").replace("\"C-1001\"", "\"" + customerId + "\"");
    HttpResponse<String> started = http.postJson("integration", "/api/nps-responses", survey);
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return surveyId;
  }

  private String caseId(String businessKey) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
  }

  private JsonNode change(String customerId, String manager) throws Exception {
    HttpResponse<String> changed = http.putJson("integration", "/api/customers/" + customerId + "/success-manager",
        "{\"successManager\":" + manager + "}");
    Assertions.assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    return json.readTree(changed.body());
  }

  /** How many of the cases the user finds in history, as Cockpit and Case history ask for them. */
  private int readable(String user, String... businessKeys) throws Exception {
    int found = 0;
    for (String key : businessKeys) {
      HttpResponse<String> cases = http.get(user, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + key);
      Assertions.assertThat(cases.statusCode()).as(cases.body()).isEqualTo(200);
      found += json.readTree(cases.body()).size();
    }
    return found;
  }
}
