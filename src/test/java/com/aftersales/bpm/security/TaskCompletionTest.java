package com.aftersales.bpm.security;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.demo.RescueScript;
import com.aftersales.bpm.engine.EngineClock;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.SurveyJson;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, finding 3: a completion sets only what the task's form lets its user edit, within the
 * form's own validation, whatever client sends it; candidates may not set task variables at all.
 */
@ApplicationTest
class TaskCompletionTest {

  private static final String VALID_PLAN = """
      "problemFixItems": {"value": "free repair"}, "problemFixValue": {"value": 300},
      "lossCompensationItems": {"value": "wash coupons"}, "lossCompensationValue": {"value": 100},
      "emotionalRepairItems": {"value": "phone call"}, "emotionalRepairValue": {"value": 0}""";
  /** The first contact with the four LEAP boxes ticked, without its promised call-back. */
  private static final String LEAP_DONE = """
      "leapListened": {"value": true}, "leapEmpathized": {"value": true}, "leapAcknowledged": {"value": true},
      "leapPromised": {"value": true}, "painPoints": {"value": "waited too long"}, "promise": {"value": "a plan tonight"}""";

  @Autowired RescueDriver driver;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired AuthorizationService authorizations;
  @Autowired GrantUpgrade upgrade;
  @Autowired Http http;
  @Autowired CentreTimeZone centre;
  @LocalServerPort int port;

  @Test
  void aRaisedAuthoritySentWithThePlanIsRefusedAndTheApprovalStays() {
    Task design = designTheSolution("FORM-1");

    HttpResponse<String> refused = complete(design, VALID_PLAN.replace("300", "60000")
        + ", \"compensationAuthority\": {\"value\": 100000, \"type\": \"Long\"}");

    assertRefused(refused, design, "compensationAuthority", "read-only");
    Assertions.assertThat(runtime.getVariable(design.getProcessInstanceId(), "compensationAuthority")).isNotEqualTo(100000L);
  }

  @Test
  void aVariableTheFormDoesNotHaveIsRefused() {
    Task design = designTheSolution("FORM-2");

    HttpResponse<String> refused = complete(design, VALID_PLAN + ", \"approvalLevel\": {\"value\": \"AUTO\"}");

    assertRefused(refused, design, "'approvalLevel' is not a field");
  }

  @Test
  void aNegativeValueIsRefusedOverRestAsInTheBrowser() {
    Task design = designTheSolution("FORM-3");

    HttpResponse<String> refused = complete(design, VALID_PLAN.replace("\"value\": 300", "\"value\": -500"));

    assertRefused(refused, design, "problemFixValue", "at least 0");
  }

  @Test
  void aRequiredFieldLeftOutIsRefusedThroughSubmitFormToo() {
    Task design = designTheSolution("FORM-4");

    HttpResponse<String> refused = http.postJson("manager", "/engine-rest/task/" + design.getId() + "/submit-form",
        "{\"variables\": {\"problemFixItems\": {\"value\": \"repair\"}, \"problemFixValue\": {\"value\": null}}}");

    assertRefused(refused, design, "problemFixValue", "is required");
  }

  @Test
  void theFormsFieldsWithReadOnlyValuesSentBackUnchangedComplete() {
    Task design = designTheSolution("FORM-5");
    Object grade = runtime.getVariable(design.getProcessInstanceId(), "grade");

    HttpResponse<String> done = complete(design, VALID_PLAN + ", \"grade\": {\"value\": \"" + grade + "\"}");

    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    Assertions.assertThat(tasks.createTaskQuery().taskId(design.getId()).count()).isZero();
  }

  @Test
  void aCandidateCannotSetTaskOrInstanceVariablesNorModifyTheCase() {
    Task design = designTheSolution("FORM-6");

    Assertions.assertThat(http.putJson("manager", "/engine-rest/task/" + design.getId() + "/variables/compensationAuthority",
        "{\"value\": 100000, \"type\": \"Long\"}").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.postJson("manager", "/engine-rest/task/" + design.getId() + "/variables",
        "{\"modifications\": {\"grade\": {\"value\": \"B\"}}}").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.postJson("manager", "/engine-rest/process-instance/" + design.getProcessInstanceId()
        + "/modification", "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"Task_DesignSolution\"}]}")
        .statusCode()).isEqualTo(403);
    assertStillOpen(design);
  }

  @Test
  void tasksFromBeforeTheUpgradeLoseTheirWideGrantAtStart() {
    Task design = designTheSolution("FORM-7");
    Authorization old = authorizations.createAuthorizationQuery().groupIdIn("service-manager")
        .resourceType(Resources.TASK).resourceId(design.getId()).singleResult();
    old.removePermission(TaskPermissions.TASK_WORK);
    old.addPermission(Permissions.UPDATE); // as the engine granted candidates before TASK_WORK
    authorizations.saveAuthorization(old);
    Assertions.assertThat(http.putJson("manager", "/engine-rest/task/" + design.getId() + "/variables/grade",
        "{\"value\": \"B\"}").statusCode()).isEqualTo(204);

    upgrade.afterPropertiesSet();

    Assertions.assertThat(http.putJson("manager", "/engine-rest/task/" + design.getId() + "/variables/grade",
        "{\"value\": \"C\"}").statusCode()).isEqualTo(403);
    Assertions.assertThat(runtime.getVariable(design.getProcessInstanceId(), "grade")).isEqualTo("B");
    Assertions.assertThat(complete(design, VALID_PLAN).statusCode()).isEqualTo(204);
  }

  @Test
  void anUntickedRequiredCheckboxIsRefusedAsTasklistRefusesIt() {
    Task contact = firstContact("FORM-8");

    HttpResponse<String> refused = completeContact(contact, LEAP_DONE.replace("true", "false") + ", " + callbackAt(tomorrow()));

    assertRefused(refused, contact, "(leapListened) is required", "(leapEmpathized) is required",
        "(leapAcknowledged) is required", "(leapPromised) is required");
  }

  @Test
  void aPassedCallBackDateIsRefusedAndOneFromTodayOnIsTaken() {
    Task contact = firstContact("FORM-9");
    LocalDate today = EngineClock.instant().atZone(centre.zone()).toLocalDate();
    String lastMinuteOfYesterday = today.atStartOfDay(centre.zone()).minusMinutes(1).toInstant().toString();

    for (String passed : List.of("2001-01-01T00:00:00Z", lastMinuteOfYesterday)) {
      assertRefused(completeContact(contact, LEAP_DONE + ", " + callbackAt(passed)), contact,
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

    assertRefused(refused, contact, "(score) is read-only");
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
    return http.postJson("advisor", "/engine-rest/task/" + contact.getId() + "/complete", "{\"variables\": {" + variables + "}}");
  }

  /** The call-back as the form's date-time field sends it. */
  private static String callbackAt(String instant) {
    return "\"promisedCallbackAt\": {\"value\": \"" + instant + "\"}";
  }

  private static String tomorrow() {
    return EngineClock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /** A grade S rescue (the manager responds) whose first contact and investigation are done. */
  private Task designTheSolution(String surveyId) {
    Instant answered = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    String rescue = driver.run(surveyId, answered, "王先生",
        new RescueScript(1, 0.5, "WAIT_TIME", false, false, null, false, false));
    Task investigate = tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_Investigate").singleResult();
    tasks.complete(investigate.getId(), Map.of("facts", "records checked", "responsibility", "OURS",
        "rootCauseCategory", "WAIT_TIME", "shortTermRemedy", "apology"));
    Task design = tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_DesignSolution").singleResult();
    tasks.claim(design.getId(), "manager");
    return design;
  }

  private HttpResponse<String> complete(Task task, String variables) {
    return http.postJson("manager", "/engine-rest/task/" + task.getId() + "/complete", "{\"variables\": {" + variables + "}}");
  }

  /** A 400 naming what is wrong, and the task still open. */
  private void assertRefused(HttpResponse<String> refused, Task task, String... named) {
    Assertions.assertThat(refused.statusCode()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains(named);
    assertStillOpen(task);
  }

  private void assertStillOpen(Task task) {
    Assertions.assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }
}
