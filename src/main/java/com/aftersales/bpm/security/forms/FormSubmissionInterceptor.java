package com.aftersales.bpm.security.forms;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.engine.AsApplication;
import com.aftersales.bpm.engine.Caller;
import com.aftersales.bpm.engine.TaskSubmissionCheck;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A person completing a task sets only what the task's form lets them edit, within the form's
 * validation: checked on the server from the deployed .form file before the engine runs the
 * completion, so Tasklist, the REST API and any other client meet the same rules. A refusal is a
 * {@link FormRuleViolation} (400, the task stays open). Completions by the application itself (no
 * logged-in user) are not checked.
 */
public class FormSubmissionInterceptor implements TaskSubmissionCheck {

  private final FormValues values;

  /** @param zone the centre's time zone, where the forms' {@code today()} is */
  public FormSubmissionInterceptor(ZoneId zone) {
    this.values = new FormValues(zone);
  }

  /** Called by the engine adapter before a logged-in user's completion of {@code taskId}. */
  @Override
  public void check(ProcessEngine engine, String taskId, Map<String, Object> variables, Caller user) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys()
        .singleResult();
    if (task == null) {
      return; // not visible to the user: the engine answers 403 or 404
    }
    // the form and the values the user works with, read as the application
    List<String> problems = AsApplication.call(engine.getIdentityService(),
        () -> problems(engine, task, variables, user));
    if (!problems.isEmpty()) {
      throw new FormRuleViolation("The form '" + task.getName() + "' was not accepted: " + String.join("; ", problems));
    }
  }

  /** What breaks the task's form in the submitted variables; none when the user may not work the task. */
  private List<String> problems(ProcessEngine engine, Task task, Map<String, Object> variables, Caller user) {
    if (!mayWork(engine, task, user)) {
      return List.of(); // the engine refuses the completion itself (403)
    }
    FormDefinition form = form(engine, task);
    VariableMap current = engine.getTaskService().getVariablesTyped(task.getId(), false);
    VariableMap typed = Variables.fromMap(variables);
    Map<String, Object> submitted = FormValues.plain(typed);
    Map<String, Object> seen = new HashMap<>(FormValues.plain(current));
    seen.putAll(submitted);
    List<String> problems = new ArrayList<>(FormValues.transientValues(typed));
    problems.addAll(FormSubmissionCheck.problems(form, submitted, FormValues.plain(current),
        field -> values.caseOptions(field, current, seen), field -> values.hidden(field, seen), values.now()));
    return problems;
  }

  /** The engine's own rule for completing: TASK_WORK or UPDATE on the task or on its process. */
  private boolean mayWork(ProcessEngine engine, Task task, Caller user) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (authorizations.isUserAuthorized(user.userId(), user.groupIds(), TaskPermissions.TASK_WORK,
        Resources.TASK, task.getId())
        || authorizations.isUserAuthorized(user.userId(), user.groupIds(), Permissions.UPDATE,
        Resources.TASK, task.getId())) {
      return true;
    }
    if (task.getProcessDefinitionId() == null) {
      return false;
    }
    String definitionKey = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
    return authorizations.isUserAuthorized(user.userId(), user.groupIds(),
            ProcessDefinitionPermissions.TASK_WORK, Resources.PROCESS_DEFINITION, definitionKey)
        || authorizations.isUserAuthorized(user.userId(), user.groupIds(),
            ProcessDefinitionPermissions.UPDATE_TASK, Resources.PROCESS_DEFINITION, definitionKey);
  }

  private FormDefinition form(ProcessEngine engine, Task task) {
    if (task.getCamundaFormRef() == null && task.getFormKey() == null) {
      return FormDefinition.NONE;
    }
    try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return FormDefinition.read(form);
    } catch (IOException | RuntimeException e) {
      throw new FormRuleViolation("The form of task '" + task.getName() + "' is not deployed; nothing can be submitted");
    }
  }

}
