package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.SolutionDesignForm.VALID_PLAN;
import static com.aftersales.bpm.security.SolutionDesignForm.designTheSolution;

import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, finding 3: a completion sets only what the task's form lets its user edit, within the
 * form's own validation, whatever client sends it; candidates may not set task variables at all.
 * The first contact's checkbox, date and read-only rules: {@link FirstContactFormRulesTest}.
 */
@ApplicationTest
class TaskCompletionTest extends ApplicationTestSupport {

  @Autowired RescueDriver driver;
  @Autowired GrantUpgrade upgrade;

  @Test
  void aRaisedAuthoritySentWithThePlanIsRefusedAndTheApprovalStays() {
    Task design = designTheSolution(driver, tasks, "FORM-1");

    HttpResponse<String> refused = complete(design, VALID_PLAN.replace("300", "60000")
        + ", \"compensationAuthority\": {\"value\": 100000, \"type\": \"Long\"}");

    assertRefused(refused, design, "compensationAuthority", "read-only");
    Assertions.assertThat(runtime.getVariable(design.getProcessInstanceId(), "compensationAuthority")).isNotEqualTo(100000L);
  }

  @Test
  void aVariableTheFormDoesNotHaveIsRefused() {
    Task design = designTheSolution(driver, tasks, "FORM-2");

    HttpResponse<String> refused = complete(design, VALID_PLAN + ", \"approvalLevel\": {\"value\": \"AUTO\"}");

    assertRefused(refused, design, "'approvalLevel' is not a field");
  }

  @Test
  void aNegativeValueIsRefusedOverRestAsInTheBrowser() {
    Task design = designTheSolution(driver, tasks, "FORM-3");

    HttpResponse<String> refused = complete(design, VALID_PLAN.replace("\"value\": 300", "\"value\": -500"));

    assertRefused(refused, design, "problemFixValue", "at least 0");
  }

  @Test
  void aRequiredFieldLeftOutIsRefusedThroughSubmitFormToo() {
    Task design = designTheSolution(driver, tasks, "FORM-4");

    HttpResponse<String> refused = http.postJson("manager", "/engine-rest/task/" + design.getId() + "/submit-form",
        "{\"variables\": {\"problemFixItems\": {\"value\": \"repair\"}, \"problemFixValue\": {\"value\": null}}}");

    assertRefused(refused, design, "problemFixValue", "is required");
  }

  @Test
  void theFormsFieldsWithReadOnlyValuesSentBackUnchangedComplete() {
    Task design = designTheSolution(driver, tasks, "FORM-5");
    Object grade = runtime.getVariable(design.getProcessInstanceId(), "grade");

    HttpResponse<String> done = complete(design, VALID_PLAN + ", \"grade\": {\"value\": \"" + grade + "\"}");

    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    Assertions.assertThat(tasks.createTaskQuery().taskId(design.getId()).count()).isZero();
  }

  @Test
  void aCandidateCannotSetTaskOrInstanceVariablesNorModifyTheCase() {
    Task design = designTheSolution(driver, tasks, "FORM-6");

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
    Task design = designTheSolution(driver, tasks, "FORM-7");
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

  private HttpResponse<String> complete(Task task, String variables) {
    return SolutionDesignForm.complete(http, task, variables);
  }

  /** A 400 naming what is wrong, and the task still open. */
  private void assertRefused(HttpResponse<String> refused, Task task, String... named) {
    assertRefused(tasks, refused, task, named);
  }

  static void assertRefused(TaskService tasks, HttpResponse<String> refused, Task task, String... named) {
    Assertions.assertThat(refused.statusCode()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains(named);
    Assertions.assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);
  }

  private void assertStillOpen(Task task) {
    Assertions.assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }
}
