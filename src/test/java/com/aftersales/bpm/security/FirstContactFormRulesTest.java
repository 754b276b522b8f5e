package com.aftersales.bpm.security;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.engine.EngineClock;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.SurveyJson;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first contact's own form rules, which Tasklist enforces in the browser, enforced on the server
 * too (ADR 2): a required checkbox left unticked, a call-back before today, a read-only field sent
 * back in another type; and Tasklist's own submission of the read-only values still completes.
 */
@ApplicationTest
class FirstContactFormRulesTest extends ApplicationTestSupport {

  /** The first contact with the four LEAP boxes ticked, without its promised call-back. */
  private static final String LEAP_DONE = """
      "leapListened": {"value": true}, "leapEmpathized": {"value": true}, "leapAcknowledged": {"value": true},
      "leapPromised": {"value": true}, "painPoints": {"value": "waited too long"}, "promise": {"value": "a plan tonight"}""";

  @Autowired CentreTimeZone centre;
  @LocalServerPort int port;

  @Test
  void anUntickedRequiredCheckboxIsRefusedAsTasklistRefusesIt() {
    Task contact = firstContact("FORM-8");

    HttpResponse<String> refused = completeContact(contact, LEAP_DONE.replace("true", "false") + ", " + callbackAt(tomorrow()));

    TaskCompletionTest.assertRefused(tasks, refused, contact, "(leapListened) is required", "(leapEmpathized) is required",
        "(leapAcknowledged) is required", "(leapPromised) is required");
  }

  @Test
  void aPassedCallBackDateIsRefusedAndOneFromTodayOnIsTaken() {
    Task contact = firstContact("FORM-9");
    LocalDate today = EngineClock.instant().atZone(centre.zone()).toLocalDate();
    String lastMinuteOfYesterday = today.atStartOfDay(centre.zone()).minusMinutes(1).toInstant().toString();

    for (String passed : List.of("2001-01-01T00:00:00Z", lastMinuteOfYesterday)) {
      TaskCompletionTest.assertRefused(tasks, completeContact(contact, LEAP_DONE + ", " + callbackAt(passed)), contact,
          "(promisedCallbackAt) must not be before today (" + today + ")");
    }
    // the date picker starts at today; the time of day is not bounded (form-js)
    HttpResponse<String> done = completeContact(contact, LEAP_DONE + ", "
        + callbackAt(today.atTime(23, 45).atZone(centre.zone()).toInstant().toString()));

    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    Assertions.assertThat(tasks.createTaskQuery().taskId(contact.getId()).count()).isZero();
  }

  @Test
  void aReadOnlyNumberSentBackAsTextIsRefusedAndKeepsItsType() {
    Task contact = firstContact("FORM-10");

    HttpResponse<String> refused = completeContact(contact, LEAP_DONE + ", " + callbackAt(tomorrow())
        + ", \"score\": {\"value\": \"5\", \"type\": \"String\"}");

    TaskCompletionTest.assertRefused(tasks, refused, contact, "(score) is read-only");
    Assertions.assertThat(runtime.getVariable(contact.getProcessInstanceId(), "score")).isEqualTo(5);
  }

  /** As Tasklist submits a Camunda Form: each value as a plain JSON value, its type left to the engine. */
  @Test
  void readOnlyValuesSentBackAsTasklistSendsThemComplete() throws Exception {
    Task contact = firstContact("FORM-11");
    Object grade = runtime.getVariable(contact.getProcessInstanceId(), "grade");

    HttpResponse<String> done = WebappBrowser.loggedIn(port, "tasklist", "advisor").postJson(
        "/camunda/api/engine/engine/default/task/" + contact.getId() + "/submit-form", "{\"variables\": {" + LEAP_DONE
            + ", " + callbackAt(tomorrow()) + ", \"score\": {\"value\": 5}, \"grade\": {\"value\": \"" + grade
            + "\"}, \"publicOpinionRiskFound\": {\"value\": false}}}");

    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    Assertions.assertThat(tasks.createTaskQuery().taskId(contact.getId()).count()).isZero();
    Assertions.assertThat(runtime.getVariable(contact.getProcessInstanceId(), "score")).isEqualTo(5);
  }

  /** A rescue of score 5 whose first contact is open for the advisor. */
  private Task firstContact(String surveyId) {
    HttpResponse<String> started = http.postJson("integration", "/api/nps-responses",
        SurveyJson.survey(surveyId, 5, Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS)));
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String rescue = runtime.createProcessInstanceQuery().processInstanceBusinessKey(surveyId).singleResult().getId();
    return tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_FirstContact").singleResult();
  }

  private HttpResponse<String> completeContact(Task contact, String variables) {
    return forms.complete("advisor", contact, variables);
  }

  /** The call-back as the form's date-time field sends it. */
  private static String callbackAt(String instant) {
    return "\"promisedCallbackAt\": {\"value\": \"" + instant + "\"}";
  }

  private static String tomorrow() {
    return EngineClock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES).toString();
  }
}
