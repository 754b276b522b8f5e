package com.aftersales.bpm.api;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests the engine refuses because of what they ask, which its REST API answers with 500, get
 * a 4xx with the engine's message (or the empty answer), on /engine-rest and on the webapps'
 * engine API that Tasklist and Cockpit call ({@code RequestFaultMapper}).
 */
@ApplicationTest
class EngineRequestFaultApiTest extends ApplicationTestSupport {

  @LocalServerPort int port;

  @Test
  void anIdThatNamesNothingIsNotFound() throws Exception {
    for (String action : new String[] {"complete", "submit-form"}) {
      HttpResponse<String> refused = http.postJson("advisor", "/engine-rest/task/no-such-task/" + action, "{\"variables\": {}}");
      Assertions.assertThat(refused.statusCode()).as(action + ": " + refused.body()).isEqualTo(404);
      Assertions.assertThat(json.readTree(refused.body()).path("message").asText()).contains("no-such-task");
    }
    HttpResponse<String> variables = http.get("advisor", "/engine-rest/process-instance/no-such-case/variables");
    Assertions.assertThat(variables.statusCode()).as(variables.body()).isEqualTo(404);
    Assertions.assertThat(variables.body()).contains("no-such-case");

    HttpResponse<String> fromTasklist = WebappBrowser.loggedIn(port, "tasklist", "advisor")
        .postJson("/camunda/api/engine/engine/default/task/no-such-task/submit-form", "{\"variables\": {}}");
    Assertions.assertThat(fromTasklist.statusCode()).as(fromTasklist.body()).isEqualTo(404);
  }

  @Test
  void evaluatingStartConditionsWhenNoModelStartsOnOneStartsNothing() throws Exception {
    long before = runtime.createProcessInstanceQuery().count();

    HttpResponse<String> evaluated = http.postJson("admin", "/engine-rest/condition",
        "{\"variables\": {\"score\": {\"value\": 2, \"type\": \"Integer\"}}}");

    Assertions.assertThat(evaluated.statusCode()).as(evaluated.body()).isEqualTo(200);
    Assertions.assertThat(evaluated.body()).isEqualTo("[]");
    Assertions.assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);

    HttpResponse<String> fromCockpit = WebappBrowser.loggedIn(port, "cockpit", "admin")
        .postJson("/camunda/api/engine/engine/default/condition", "{\"variables\": {}}");
    Assertions.assertThat(fromCockpit.statusCode()).as("the webapps' engine API: " + fromCockpit.body()).isEqualTo(200);
    Assertions.assertThat(fromCockpit.body()).isEqualTo("[]");
  }

  @Test
  void aMessageNoExecutionWaitsForIsNotFound() throws Exception {
    HttpResponse<String> refused = http.postJson("admin",
        "/engine-rest/execution/no-such-execution/messageSubscriptions/Message_PartArrived/trigger", "{}");

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
    Assertions.assertThat(json.readTree(refused.body()).path("message").asText()).contains("no-such-execution")
        .contains("Message_PartArrived");
  }

  /** An administrator may start any process over the API, but not one without what its intake would give it. */
  @Test
  void aStartWithoutTheVariablesTheModelReadsIsRefusedNamingThemAndStartsNothing() throws Exception {
    Map<String, String> needs = Map.of(
        "lowScoreRescue", "no value for score, publicOpinionRisk, highValue",
        "passiveFollowUp", "no value for score, publicOpinionRisk, highValue",
        "partsShortageEscalation", "no value for vehicleCondition, vip",
        "redAlert", "'discoveredAt'",
        "customerPromiseChecklist", "'checklistId'",
        "improvementAction", "'actionDeadline'");
    long before = history.createHistoricProcessInstanceQuery().count();

    for (Map.Entry<String, String> process : needs.entrySet()) {
      HttpResponse<String> refused = http.postJson("admin",
          "/engine-rest/process-definition/key/" + process.getKey() + "/start", "{\"businessKey\": \"NO-VARIABLES\"}");
      Assertions.assertThat(refused.statusCode()).as(process.getKey() + ": " + refused.body()).isEqualTo(400);
      Assertions.assertThat(json.readTree(refused.body()).path("type").asText()).isEqualTo("MissingVariable");
      Assertions.assertThat(json.readTree(refused.body()).path("message").asText()).as(process.getKey())
          .contains(process.getValue());
    }
    HttpResponse<String> fromCockpit = WebappBrowser.loggedIn(port, "cockpit", "admin")
        .postJson("/camunda/api/engine/engine/default/process-definition/key/redAlert/submit-form", "{\"variables\": {}}");
    Assertions.assertThat(fromCockpit.statusCode()).as("the webapps' engine API: " + fromCockpit.body()).isEqualTo(400);
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  /** Audit s35: the store manager's start asking to skip the model's listeners was a 500 with the engine's text. */
  @Test
  void aStartThatAsksToSkipTheModelsListenersIsABadRequestAndStartsNothing() throws Exception {
    long before = history.createHistoricProcessInstanceQuery().count();
    String month = java.time.YearMonth.now().minusMonths(11).toString();

    HttpResponse<String> refused = http.postJson("storemanager", "/engine-rest/process-definition/key/jointCaseReview/start",
        "{\"variables\": {\"reviewMonth\": {\"value\": \"" + month + "\"}}, \"skipCustomListeners\": true}");

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(json.readTree(refused.body()).path("message").asText()).contains("skip custom listeners");
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  /** Two advisors press Claim on the same task at once: the second is told it is taken, not that the server failed. */
  @Test
  void claimingATaskAColleagueClaimedFirstIsAConflict() throws Exception {
    if (identity.createUserQuery().userId("qin.second").count() == 0) {
      User colleague = identity.newUser("qin.second");
      colleague.setPassword("demo");
      identity.saveUser(colleague);
      identity.createMembership("qin.second", Groups.SERVICE_ADVISOR);
    }
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages",
        PartShortages.report("CLAIMED-FIRST", "MINOR").json()).statusCode()).isEqualTo(201);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey("CLAIMED-FIRST")
        .taskCandidateGroup(Groups.SERVICE_ADVISOR).singleResult().getId();
    Assertions.assertThat(http.postJson("advisor", "/engine-rest/task/" + taskId + "/claim",
        "{\"userId\":\"advisor\"}").statusCode()).isEqualTo(204);

    HttpResponse<String> second = http.postJson("qin.second", "/engine-rest/task/" + taskId + "/claim",
        "{\"userId\":\"qin.second\"}");
    Assertions.assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
    Assertions.assertThat(json.readTree(second.body()).path("message").asText()).contains(taskId)
        .contains("already claimed");
    HttpResponse<String> fromTasklist = WebappBrowser.loggedIn(port, "tasklist", "qin.second")
        .postJson("/camunda/api/engine/engine/default/task/" + taskId + "/claim", "{\"userId\":\"qin.second\"}");
    Assertions.assertThat(fromTasklist.statusCode()).as("the webapps' engine API: " + fromTasklist.body()).isEqualTo(409);
    Assertions.assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("advisor");
  }
}
