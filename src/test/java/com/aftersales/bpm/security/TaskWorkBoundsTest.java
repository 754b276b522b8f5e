package com.aftersales.bpm.security;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.SurveyJson;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Working a task means claiming it for oneself, releasing one's own claim and completing it through
 * its form. The engine allowed more with the same permission: a BPMN error or escalation thrown
 * instead of completing (an uncaught error ended a whole rescue as "completed"; the parts order's
 * CRISIS escalation set off its crisis path), claiming a task for somebody outside its group, who
 * could then work it, and releasing or completing a colleague's claimed task (Tasklist shows it
 * read-only). Those are 403 and change nothing; Tasklist's Unclaim, which the engine refused
 * everybody but admins, works for the assignee. The application's own code is not affected.
 */
@ApplicationTest
class TaskWorkBoundsTest extends ApplicationTestSupport {

  @Test
  void aBpmnErrorOnTheFirstContactIsRefusedAndTheRescueGoesOn() {
    Task firstContact = rescueAtFirstContact("SHORTCUT-1");

    assertRefused("manager", firstContact, "bpmnError", "{\"errorCode\": \"ANY\"}", "may not throw a BPMN error",
        "completing its form");
    assertStillAt(firstContact);
  }

  @Test
  void aCrisisEscalationThrownByTheAdvisorIsRefusedAndNoCrisisStarts() {
    String order = partsOrderAtSetExpectation("SHORTCUT-RO-2");
    Task setExpectation = tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_SetExpectation")
        .singleResult();

    assertRefused("advisor", setExpectation, "bpmnEscalation", "{\"escalationCode\": \"CRISIS\"}",
        "may not throw a BPMN escalation");
    assertStillAt(setExpectation);
    Assertions.assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(order)
        .activityId("StartEvent_CrisisEscalation").count()).as("no crisis path").isZero();
  }

  @Test
  void theJavaApiRefusesAUserButNotTheApplicationItself() {
    Task firstContact = rescueAtFirstContact("SHORTCUT-3");
    identity.setAuthentication("manager", List.of("service-manager"));
    try {
      Assertions.assertThatThrownBy(() -> tasks.handleBpmnError(firstContact.getId(), "ANY"))
          .isInstanceOf(AuthorizationException.class).hasMessageContaining("manager");
    } finally {
      identity.clearAuthentication();
    }
    assertStillAt(firstContact);

    // no user: the application's own call reaches the engine, which finds no handler for this code
    Assertions.assertThatThrownBy(() -> tasks.handleEscalation(firstContact.getId(), "NOT_CAUGHT"))
        .isNotInstanceOf(AuthorizationException.class).hasMessageContaining("no escalation handler");
    assertStillAt(firstContact);
  }

  @Test
  void aTaskIsClaimedOnlyForOneself() {
    Task firstContact = rescueAtFirstContact("SHORTCUT-4");

    assertRefused("manager", firstContact, "claim", "{\"userId\": \"sales\"}", "claimed only for oneself");
    Assertions.assertThat(assignee(firstContact)).isNull();
    Assertions.assertThat(http.get("sales", "/engine-rest/task/" + firstContact.getId()).statusCode())
        .as("sales still cannot see it").isNotEqualTo(200);
    Assertions.assertThat(http.postJson("manager", "/engine-rest/task/" + firstContact.getId() + "/claim",
        "{\"userId\": \"manager\"}").statusCode()).isEqualTo(204);
    Assertions.assertThat(assignee(firstContact)).isEqualTo("manager");
  }

  @Test
  void aClaimIsTheAssigneesToReleaseOrCompleteAndTasklistsUnclaimWorks() {
    Task firstContact = rescueAtFirstContact("SHORTCUT-5");
    http.postJson("manager", "/engine-rest/task/" + firstContact.getId() + "/claim", "{\"userId\": \"manager\"}");

    identity.setAuthentication("manager2", List.of("service-manager")); // a colleague in the same group
    try {
      Assertions.assertThatThrownBy(() -> tasks.claim(firstContact.getId(), null))
          .isInstanceOf(AuthorizationException.class).hasMessageContaining("only they can");
      Assertions.assertThatThrownBy(() -> tasks.setAssignee(firstContact.getId(), null))
          .isInstanceOf(AuthorizationException.class);
      Assertions.assertThatThrownBy(() -> tasks.complete(firstContact.getId()))
          .isInstanceOf(AuthorizationException.class).hasMessageContaining("only they can");
    } finally {
      identity.clearAuthentication();
    }
    Assertions.assertThat(assignee(firstContact)).isEqualTo("manager");

    HttpResponse<String> released = http.postJson("manager", "/engine-rest/task/" + firstContact.getId() + "/unclaim", "");

    Assertions.assertThat(released.statusCode()).as(released.body()).isEqualTo(204);
    Assertions.assertThat(assignee(firstContact)).isNull();
    Assertions.assertThat(history.createUserOperationLogQuery().taskId(firstContact.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN).userId("manager").list())
        .as("the release is recorded as the manager's").anyMatch(entry -> entry.getNewValue() == null
            && "manager".equals(entry.getOrgValue()));
  }

  /** The user's POST to the task's {@code action} is 403, naming why. */
  private void assertRefused(String user, Task task, String action, String body, String... why) {
    HttpResponse<String> refused = http.postJson(user, "/engine-rest/task/" + task.getId() + "/" + action, body);
    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    Assertions.assertThat(refused.body()).contains(why);
  }

  private String assignee(Task task) {
    return tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
  }

  /** A grade S rescue (score 2) waiting at the service manager's first contact. */
  private Task rescueAtFirstContact(String surveyId) {
    Instant answered = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    HttpResponse<String> started = http.postJson("integration", "/api/nps-responses", SurveyJson.survey(surveyId, 2, answered));
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String rescue = runtime.createProcessInstanceQuery().processInstanceBusinessKey(surveyId).singleResult().getId();
    return tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_FirstContact").singleResult();
  }

  private String partsOrderAtSetExpectation(String repairOrderId) {
    HttpResponse<String> started = http.postJson("integration", "/api/part-shortages",
        PartShortages.report(repairOrderId, "MINOR").json());
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(repairOrderId).singleResult().getId();
  }

  private void assertStillAt(Task task) {
    Assertions.assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isEqualTo(1);
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count())
        .as("the case still runs").isEqualTo(1);
  }
}
