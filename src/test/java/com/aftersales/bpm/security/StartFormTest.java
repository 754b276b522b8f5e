package com.aftersales.bpm.security;

import static com.aftersales.bpm.support.ReviewMonths.monthsAgo;

import com.aftersales.bpm.review.ReviewModel;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's start sets only what the process's start form lets them enter, within the form's
 * rules, on {@code /engine-rest} and on Tasklist's {@code /camunda/api/engine} alike (ADR 0002);
 * a refused start starts nothing. The store manager is the only staff member who may start a
 * process (the joint case review).
 */
@ApplicationTest
class StartFormTest extends ApplicationTestSupport {

  private static final String REST = "/engine-rest/process-definition/key/" + ReviewModel.PROCESS;
  private static final String TASKLIST = "/camunda/api/engine/engine/default/process-definition/key/" + ReviewModel.PROCESS;

  @LocalServerPort int port;

  @Test
  void anExtraVariableWithTheMonthIsRefusedNamingItOnBothRestRootsAndNothingStarts() throws Exception {
    String month = monthsAgo(7);
    String body = "{\"variables\": {\"reviewMonth\": {\"value\": \"" + month + "\"},"
        + " \"departments\": {\"value\": \"[\\\"sales\\\"]\", \"type\": \"Json\"}}}";
    WebappBrowser tasklist = WebappBrowser.loggedIn(port, "tasklist", "storemanager");

    for (HttpResponse<String> refused : List.of(http.postJson("storemanager", REST + "/start", body),
        http.postJson("storemanager", REST + "/submit-form", body), tasklist.postJson(TASKLIST + "/submit-form", body),
        tasklist.postJson(TASKLIST + "/start", body))) {
      assertRefused(refused, "'departments' is not a field of this form");
    }
    assertNothingStartedFor(month);
  }

  @Test
  void aMonthTheFormDoesNotOfferOrNoMonthIsRefusedNamingTheField() throws Exception {
    String running = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    WebappBrowser tasklist = WebappBrowser.loggedIn(port, "tasklist", "storemanager");

    assertRefused(tasklist.postJson(TASKLIST + "/submit-form", "{\"variables\": {\"reviewMonth\": {\"value\": \"" + running + "\"}}}"),
        "'Month reviewed / 复盘月份' (reviewMonth) must be one of the offered options, not '" + running + "'");
    assertRefused(http.postJson("storemanager", REST + "/start", "{\"variables\": {\"reviewMonth\": {\"value\": 202511}}}"),
        "(reviewMonth) must be text");
    assertRefused(http.postJson("storemanager", REST + "/start", "{}"), "(reviewMonth) is required");
    assertNothingStartedFor(running);
  }

  @Test
  void startInstructionsThatWouldSkipTheStartEventAreRefused() throws Exception {
    String month = monthsAgo(7);
    HttpResponse<String> refused = http.postJson("storemanager", REST + "/start", """
        {"variables": {"reviewMonth": {"value": "%s"}}, "skipCustomListeners": true,
         "startInstructions": [{"type": "startBeforeActivity", "activityId": "Task_Checkpoint"}]}""".formatted(month));

    assertRefused(refused, "start instructions are not accepted from people");
    assertNothingStartedFor(month);
  }

  /**
   * The other ways round the form are closed: a business key sent with the start is replaced by the
   * review's own, and moving the case (modification) or starting it again (restart, which can skip
   * the start's listeners) needs rights the store manager does not hold.
   */
  @Test
  void aSentBusinessKeyIsReplacedAndTheCaseCannotBeMovedOrRestartedByTheStoreManager() throws Exception {
    String month = monthsAgo(4);
    HttpResponse<String> started = http.postJson("storemanager", REST + "/start", """
        {"variables": {"reviewMonth": {"value": "%s"}}, "businessKey": "REVIEW-%s"}""".formatted(month, monthsAgo(5)));
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String id = json.readTree(started.body()).get("id").asText();
    String definition = json.readTree(started.body()).get("definitionId").asText();
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey())
        .isEqualTo("REVIEW-" + month);

    HttpResponse<String> moved = http.postJson("storemanager", "/engine-rest/process-instance/" + id + "/modification", """
        {"skipCustomListeners": true, "instructions": [{"type": "startBeforeActivity", "activityId": "Task_CommitAndTrack"}]}""");
    HttpResponse<String> restarted = http.postJson("storemanager", "/engine-rest/process-definition/" + definition + "/restart", """
        {"processInstanceIds": ["%s"], "skipCustomListeners": true, "initialVariables": true,
         "instructions": [{"type": "startBeforeActivity", "activityId": "Task_CommitAndTrack"}]}""".formatted(id));
    for (HttpResponse<String> refused : List.of(moved, restarted)) {
      Assertions.assertThat(refused.statusCode()).as(refused.uri() + " " + refused.body()).isEqualTo(403);
    }
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("REVIEW-" + month).count())
        .as("still the one review").isEqualTo(1);
    Assertions.assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id)
        .activityId("Task_CommitAndTrack").count()).as("not moved on").isZero();
  }

  @Test
  void aMonthTheFormOffersStartsTheReviewOnBothRestRoots() throws Exception {
    String overRest = monthsAgo(9);
    String overTasklist = monthsAgo(8);

    HttpResponse<String> rest = http.postJson("storemanager", REST + "/start",
        "{\"variables\": {\"reviewMonth\": {\"value\": \"" + overRest + "\", \"type\": \"String\"}}}");
    HttpResponse<String> tasklist = WebappBrowser.loggedIn(port, "tasklist", "storemanager").postJson(
        TASKLIST + "/submit-form", "{\"variables\": {\"reviewMonth\": {\"value\": \"" + overTasklist + "\"}}}");

    for (HttpResponse<String> started : List.of(rest, tasklist)) {
      Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      String id = json.readTree(started.body()).get("id").asText();
      Assertions.assertThat(runtime.getVariable(id, "chair")).as("the initiator chairs").isEqualTo("storemanager");
    }
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("REVIEW-" + overRest).count()).isEqualTo(1);
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("REVIEW-" + overTasklist).count()).isEqualTo(1);
  }

  private void assertRefused(HttpResponse<String> refused, String named) throws Exception {
    Assertions.assertThat(refused.statusCode()).as(refused.uri() + " " + refused.body()).isEqualTo(400);
    Assertions.assertThat(json.readTree(refused.body()).get("message").asText()).contains(named);
  }

  private void assertNothingStartedFor(String month) {
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("REVIEW-" + month).count())
        .as("nothing started for " + month).isZero();
  }
}
