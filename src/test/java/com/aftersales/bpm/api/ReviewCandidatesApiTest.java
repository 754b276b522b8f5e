package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApplicationTest
class ReviewCandidatesApiTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ObjectMapper json;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void theStoreManagerSeesTheMonthsFinishedRescuesAsCandidates() throws Exception {
    http.postJson("integration", "/api/nps-responses", survey("CAND-1", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    String rescue = runtime.createProcessInstanceQuery().processInstanceBusinessKey("CAND-1").singleResult().getId();
    runtime.setVariable(rescue, "outcome", "CHURNED");
    runtime.deleteProcessInstance(rescue, "test: ended this month");
    http.postJson("integration", "/api/nps-responses", survey("CAND-2", 3, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    String cancelled = runtime.createProcessInstanceQuery().processInstanceBusinessKey("CAND-2").singleResult().getId();
    runtime.deleteProcessInstance(cancelled, "test: cancelled before an outcome");
    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

    HttpResponse<String> response = http.get("storemanager", "/api/reviews/candidates?month=" + month);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode candidates = json.readTree(response.body());
    Assertions.assertThat(candidates.findValuesAsText("businessKey")).contains("CAND-1").doesNotContain("CAND-2");
    JsonNode churned = candidates.findParents("businessKey").stream()
        .filter(c -> c.get("businessKey").asText().equals("CAND-1")).findFirst().orElseThrow();
    Assertions.assertThat(churned.get("kind").asText()).isEqualTo("NEGATIVE");
    Assertions.assertThat(churned.get("outcome").asText()).isEqualTo("CHURNED");

    Assertions.assertThat(http.get("advisor", "/api/reviews/candidates?month=" + month).body())
        .as("an advisor may not read other people's cases").doesNotContain("CAND-1");
  }

  @Test
  void aWrongMixSubmittedFromTasklistIsRefusedWithTheReasonAndChangesNothing() throws Exception {
    HttpResponse<String> started = http.postJson("storemanager", "/engine-rest/process-definition/key/jointCaseReview/start",
        "{\"variables\": {\"reviewMonth\": {\"value\": \"2020-01\", \"type\": \"String\"}}}");
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String review = json.readTree(started.body()).get("id").asText();
    completeAs("storemanager", taskOf(review), "{\"variables\": {\"checkpointNote\": {\"value\": \"first review\"}}}");

    String selectCases = taskOf(review);
    HttpResponse<String> refused = completeAs("storemanager", selectCases, """
        {"variables": {"negativeCase": {"value": "no-such-case"}, "positiveCase": {"value": ""},
                       "complexCase": {"value": "no-such-case"}}}""");

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    // the form offers only the month's candidates (none in 2020-01), so the server's form rules
    // refuse it before the case-mix check (JointCaseReviewProcessTest covers that one)
    Assertions.assertThat(json.readTree(refused.body()).get("message").asText())
        .contains("(negativeCase) must be one of the offered options, not 'no-such-case'")
        .contains("(positiveCase) is required");
    Assertions.assertThat(taskOf(review)).as("the task is still open").isEqualTo(selectCases);
    Assertions.assertThat(runtime.getVariable(review, "negativeCase")).as("nothing was stored").isNull();
  }

  @Test
  void aSecondReviewOfTheSameMonthOrABadMonthIsRefusedAndNothingStarts() throws Exception {
    String start = "/engine-rest/process-definition/key/jointCaseReview/start";
    Assertions.assertThat(http.postJson("storemanager", start,
        "{\"variables\": {\"reviewMonth\": {\"value\": \"2020-02\"}}}").statusCode()).isEqualTo(200);
    HttpResponse<String> again = http.postJson("storemanager", start, "{\"variables\": {\"reviewMonth\": {\"value\": \"2020-02\"}}}");
    Assertions.assertThat(again.statusCode()).isEqualTo(400);
    Assertions.assertThat(again.body()).contains("The review of 2020-02 (REVIEW-2020-02) has already been opened");
    HttpResponse<String> bad = http.postJson("storemanager", start, "{\"variables\": {\"reviewMonth\": {\"value\": \"Feb\"}}}");
    Assertions.assertThat(bad.statusCode()).isEqualTo(400);
    Assertions.assertThat(bad.body()).contains("reviewMonth must be YYYY-MM");
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("jointCaseReview")
        .processInstanceBusinessKey("REVIEW-2020-02").count()).as("only the first one runs").isEqualTo(1);
  }

  private String taskOf(String processInstanceId) throws Exception {
    HttpResponse<String> tasks = http.get("storemanager", "/engine-rest/task?processInstanceId=" + processInstanceId);
    return json.readTree(tasks.body()).get(0).get("id").asText();
  }

  private HttpResponse<String> completeAs(String user, String taskId, String body) {
    return http.postJson(user, "/engine-rest/task/" + taskId + "/submit-form", body);
  }

  @Test
  void anInvalidMonthIsRefusedNamingTheField() throws Exception {
    for (String month : new String[] {"2026-13", "last", ""}) {
      HttpResponse<String> response = http.get("storemanager", "/api/reviews/candidates?month=" + month);
      Assertions.assertThat(response.statusCode()).isEqualTo(400);
      Assertions.assertThat(json.readTree(response.body()).findValuesAsText("field")).containsExactly("month");
    }
  }
}
