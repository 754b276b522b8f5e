package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing without logging in; each group sees and does only its own work; auditors only read. */
@ApplicationTest
class AccessControlTest extends ApplicationTestSupport {

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/process-definition", "/engine-rest/task", "/engine-rest/history/process-instance",
      "/api/notifications", "/camunda/api/engine/engine/default/process-definition"})
  void nothingIsReadableWithoutLoggingIn(String path) {
    Assertions.assertThat(http.get(null, path).statusCode()).isEqualTo(401);
  }

  @Test
  void theSurveyIntakeNeedsALogin() {
    HttpResponse<String> response = http.postJson(null, "/api/nps-responses",
        survey("SEC-0", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    Assertions.assertThat(response.statusCode()).isEqualTo(401);
    Assertions.assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> Assertions.assertThat(challenge).startsWith("Basic"));
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("SEC-0").count()).isZero();
  }

  @Test
  void onlyTheResponderGroupSeesAndWorksTheFirstContact() throws Exception {
    Task firstContact = startRescue("SEC-1");
    String complete = "/engine-rest/task/" + firstContact.getId() + "/complete";

    Assertions.assertThat(taskIds("manager")).contains(firstContact.getId());
    Assertions.assertThat(http.get("manager", "/engine-rest/task/" + firstContact.getId() + "/deployed-form")
        .statusCode()).isEqualTo(200);
    Assertions.assertThat(taskIds("advisor")).doesNotContain(firstContact.getId());
    Assertions.assertThat(taskIds("marketing")).doesNotContain(firstContact.getId());
    Assertions.assertThat(taskIds("csm")).as("the success manager follows cases, works none")
        .doesNotContain(firstContact.getId());

    HttpResponse<String> refused = http.postJson("advisor", complete, "{}");
    Assertions.assertThat(refused.statusCode()).isEqualTo(403);
    Assertions.assertThat(http.postJson("marketing", complete, "{}").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.postJson("csm", complete, "{}").statusCode()).isEqualTo(403);
    Assertions.assertThat(tasks.createTaskQuery().taskId(firstContact.getId()).count()).isEqualTo(1);
  }

  @Test
  void theAuditorReadsHistoryAndCanChangeNothing() throws Exception {
    Task firstContact = startRescue("SEC-2");
    String instance = firstContact.getProcessInstanceId();

    JsonNode history = json.readTree(http.get("auditor",
        "/engine-rest/history/process-instance?processInstanceBusinessKey=SEC-2").body());
    Assertions.assertThat(history.findValuesAsText("id")).containsExactly(instance);
    Assertions.assertThat(http.get("auditor", "/engine-rest/history/activity-instance?processInstanceId=" + instance)
        .statusCode()).isEqualTo(200);
    Assertions.assertThat(json.readTree(http.get("auditor",
        "/engine-rest/history/variable-instance?processInstanceId=" + instance).body()).size()).isPositive();

    Assertions.assertThat(http.postJson("auditor", "/engine-rest/task/" + firstContact.getId() + "/complete", "{}")
        .statusCode()).isEqualTo(403);
    Assertions.assertThat(http.postJson("auditor", "/engine-rest/task/" + firstContact.getId() + "/claim",
        "{\"userId\":\"auditor\"}").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.delete("auditor", "/engine-rest/process-instance/" + instance).statusCode())
        .isEqualTo(403);
    Assertions.assertThat(http.putJson("auditor", "/engine-rest/process-instance/" + instance + "/variables/grade",
        "{\"value\":\"B\",\"type\":\"String\"}").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.putJson("auditor", "/engine-rest/process-instance/" + instance + "/suspended",
        "{\"suspended\":true}").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.delete("auditor", "/engine-rest/history/process-instance/" + instance).statusCode())
        .isEqualTo(403);
    Assertions.assertThat(http.postJson("auditor", "/api/nps-responses",
        survey("SEC-3", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS))).statusCode()).isEqualTo(403);

    Assertions.assertThat(runtime.getVariable(instance, "grade")).isEqualTo("S");
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).active().count())
        .isEqualTo(1);
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("SEC-3").count()).isZero();
  }

  private Task startRescue(String surveyId) {
    HttpResponse<String> started = http.postJson("integration", "/api/nps-responses",
        survey(surveyId, 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    Assertions.assertThat(started.statusCode()).isEqualTo(201);
    return tasks.createTaskQuery().processInstanceBusinessKey(surveyId).singleResult();
  }

  private java.util.List<String> taskIds(String user) throws Exception {
    return json.readTree(http.get(user, "/engine-rest/task").body()).findValuesAsText("id");
  }
}
