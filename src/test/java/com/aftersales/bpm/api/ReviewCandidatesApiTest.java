package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.ReviewMonths.monthsAgo;
import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.WebappBrowser;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApplicationTest
class ReviewCandidatesApiTest extends ApplicationTestSupport {

  @LocalServerPort int port;

  @Test
  void theStoreManagerSeesTheMonthsFinishedRescuesAsCandidates() throws Exception {
    http.postJson("integration", "/api/nps-responses", survey("CAND-1", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    String rescue = runtime.createProcessInstanceQuery().processInstanceBusinessKey("CAND-1").singleResult().getId();
    runtime.setVariable(rescue, "outcome", "CHURNED");
    runtime.deleteProcessInstance(rescue, "test: ended this month");
    http.postJson("integration", "/api/nps-responses", survey("CAND-2", 3, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    String cancelled = runtime.createProcessInstanceQuery().processInstanceBusinessKey("CAND-2").singleResult().getId();
    runtime.deleteProcessInstance(cancelled, "test: cancelled before an outcome");
    http.postJson("integration", "/api/nps-responses", survey("CAND-3", 4, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    String salesPromise = runtime.createProcessInstanceQuery().processInstanceBusinessKey("CAND-3").singleResult().getId();
    runtime.setVariable(salesPromise, "outcome", "NOT_RECOVERED");
    runtime.setVariable(salesPromise, "rootCauseCategory", "SALES_PROMISE");
    runtime.deleteProcessInstance(salesPromise, "test: ended this month");
    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

    HttpResponse<String> response = http.get("storemanager", "/api/reviews/candidates?month=" + month);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode candidates = json.readTree(response.body());
    Assertions.assertThat(candidates.findValuesAsText("businessKey")).contains("CAND-1").doesNotContain("CAND-2");
    JsonNode churned = candidates.findParents("businessKey").stream()
        .filter(c -> c.get("businessKey").asText().equals("CAND-1")).findFirst().orElseThrow();
    Assertions.assertThat(churned.get("kind").asText()).isEqualTo("NEGATIVE");
    Assertions.assertThat(churned.get("outcome").asText()).isEqualTo("CHURNED");
    Assertions.assertThat(churned.get("departments")).extracting(JsonNode::asText).containsExactly("service-manager");
    JsonNode broken = candidates.findParents("businessKey").stream()
        .filter(c -> c.get("businessKey").asText().equals("CAND-3")).findFirst().orElseThrow();
    Assertions.assertThat(broken.get("departments")).as("a sales promise broken: sales reconstructs its part too")
        .extracting(JsonNode::asText).containsExactly("service-manager", "sales");

    Assertions.assertThat(http.get("advisor", "/api/reviews/candidates?month=" + month).body())
        .as("an advisor may not read other people's cases").doesNotContain("CAND-1");
  }

  @Test
  void aWrongMixSubmittedFromTasklistIsRefusedWithTheReasonAndChangesNothing() throws Exception {
    HttpResponse<String> started = http.postJson("storemanager", "/engine-rest/process-definition/key/jointCaseReview/start",
        "{\"variables\": {\"reviewMonth\": {\"value\": \"" + monthsAgo(11) + "\", \"type\": \"String\"}}}");
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String review = json.readTree(started.body()).get("id").asText();
    completeAs("storemanager", taskOf("storemanager", review), "{\"variables\": {\"checkpointNote\": {\"value\": \"first review\"}}}");
    completeAs("sales", taskOf("sales", review), """
        {"variables": {"salesFeedback": {"value": "-"}, "afterSalesSupportRating": {"value": "4"}}}""");

    String selectCases = taskOf("storemanager", review);
    HttpResponse<String> refused = completeAs("storemanager", selectCases, """
        {"variables": {"negativeCase": {"value": "no-such-case"}, "positiveCase": {"value": ""},
                       "complexCase": {"value": "no-such-case"}}}""");

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    // the month has no candidates, so the form hides the three fields (and offers nothing): the
    // server's form rules refuse a value in them before the case-mix check (JointCaseReviewInputTest)
    Assertions.assertThat(json.readTree(refused.body()).get("message").asText())
        .contains("(negativeCase) is not shown on this form and must stay empty")
        .contains("(complexCase) is not shown on this form and must stay empty");
    Assertions.assertThat(taskOf("storemanager", review)).as("the task is still open").isEqualTo(selectCases);
    Assertions.assertThat(runtime.getVariable(review, "negativeCase")).as("nothing was stored").isNull();

    // what Tasklist sends for that month, the hidden fields empty: the review goes on without cases
    HttpResponse<String> none = completeAs("storemanager", selectCases, """
        {"variables": {"negativeCase": {"value": ""}, "positiveCase": {"value": ""}, "complexCase": {"value": ""}}}""");
    Assertions.assertThat(none.statusCode()).as(none.body()).isEqualTo(204);
  }

  @Test
  void aSecondReviewOfTheSameMonthOrAMonthTheFormDoesNotOfferIsRefusedAndNothingStarts() throws Exception {
    String start = "/engine-rest/process-definition/key/jointCaseReview/start";
    String month = monthsAgo(10);
    Assertions.assertThat(http.postJson("storemanager", start,
        "{\"variables\": {\"reviewMonth\": {\"value\": \"" + month + "\"}}}").statusCode()).isEqualTo(200);
    HttpResponse<String> again = http.postJson("storemanager", start, "{\"variables\": {\"reviewMonth\": {\"value\": \"" + month + "\"}}}");
    Assertions.assertThat(again.statusCode()).isEqualTo(400);
    Assertions.assertThat(again.body()).contains("The review of " + month + " (REVIEW-" + month + ") has already been opened");
    for (String notOffered : new String[] {"Feb", "2020-02"}) {
      HttpResponse<String> bad = http.postJson("storemanager", start, "{\"variables\": {\"reviewMonth\": {\"value\": \"" + notOffered + "\"}}}");
      Assertions.assertThat(bad.statusCode()).isEqualTo(400);
      Assertions.assertThat(bad.body()).contains("'Month reviewed / 复盘月份' (reviewMonth) must be one of the offered options, not '"
          + notOffered + "'");
    }
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("jointCaseReview")
        .processInstanceBusinessKey("REVIEW-" + month).count()).as("only the first one runs").isEqualTo(1);
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("REVIEW-2020-02").count()).isZero();
  }

  @Test
  void aReviewOfTheRunningOrAFutureMonthIsRefusedNamingTheFieldAndNothingStarts() throws Exception {
    YearMonth running = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    for (YearMonth month : new YearMonth[] {running, running.plusMonths(1)}) {
      HttpResponse<String> refused = http.postJson("storemanager", "/engine-rest/process-definition/key/jointCaseReview/start",
          "{\"variables\": {\"reviewMonth\": {\"value\": \"" + month + "\"}}}");
      Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      // the start form offers only months that have ended (checkReviewMonth checks it again on
      // the start event for every start: JointCaseReviewInputTest)
      Assertions.assertThat(json.readTree(refused.body()).get("message").asText())
          .contains("'Month reviewed / 复盘月份' (reviewMonth) must be one of the offered options, not '" + month + "'");
      Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("REVIEW-" + month).count())
          .as("nothing started for " + month).isZero();
    }
  }

  /**
   * Tasklist starts a review through the webapps' engine API: a rule the process enforces itself
   * (here the preparation's one review per month) answers 400 with its reason there too.
   */
  @Test
  void aSecondReviewOfAMonthFromTasklistIsRefusedWithTheReason() throws Exception {
    String month = monthsAgo(6);
    String body = "{\"variables\": {\"reviewMonth\": {\"value\": \"" + month + "\"}}}";
    WebappBrowser browser = WebappBrowser.loggedIn(port, "tasklist", "storemanager");
    String submit = "/camunda/api/engine/engine/default/process-definition/key/jointCaseReview/submit-form";
    HttpResponse<String> first = browser.postJson(submit, body);
    Assertions.assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

    HttpResponse<String> refused = browser.postJson(submit, body);

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(json.readTree(refused.body()).get("message").asText())
        .isEqualTo("The review of " + month + " (REVIEW-" + month + ") has already been opened");
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("REVIEW-" + month).count()).isEqualTo(1);
  }

  @Test
  void aRescueIsACandidateOfTheMonthItsScoreWasAnsweredInAsTheReportCountsItNotOfTheMonthItClosed() throws Exception {
    // 30 June 23:00 and 1 July 01:00 in the centre's time zone; both rescues close today
    http.postJson("integration", "/api/nps-responses", survey("CAND-JUN", 2, Instant.parse("2025-06-30T15:00:00Z")));
    http.postJson("integration", "/api/nps-responses", survey("CAND-JUL", 2, Instant.parse("2025-06-30T17:00:00Z")));
    for (String surveyId : new String[] {"CAND-JUN", "CAND-JUL"}) {
      String rescue = runtime.createProcessInstanceQuery().processInstanceBusinessKey(surveyId).singleResult().getId();
      runtime.setVariable(rescue, "outcome", "NOT_RECOVERED");
      runtime.deleteProcessInstance(rescue, "test: closed today");
    }

    Assertions.assertThat(candidateKeys("2025-06")).contains("CAND-JUN").doesNotContain("CAND-JUL");
    Assertions.assertThat(candidateKeys("2025-07")).contains("CAND-JUL").doesNotContain("CAND-JUN");
    String closedIn = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    Assertions.assertThat(candidateKeys(closedIn)).doesNotContain("CAND-JUN", "CAND-JUL");
    JsonNode reported = json.readTree(http.get("manager",
        "/api/reports/rescue/cases?month=2025-06").body());
    Assertions.assertThat(reported.findValuesAsText("surveyId")).as("the report counts June the same way")
        .contains("CAND-JUN").doesNotContain("CAND-JUL");
  }

  private java.util.List<String> candidateKeys(String month) throws Exception {
    HttpResponse<String> response = http.get("storemanager", "/api/reviews/candidates?month=" + month);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body()).findValuesAsText("businessKey");
  }

  /** The review's open task that {@code user} sees. */
  private String taskOf(String user, String processInstanceId) throws Exception {
    HttpResponse<String> tasks = http.get(user, "/engine-rest/task?processInstanceId=" + processInstanceId);
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
