package com.aftersales.bpm.security.forms;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.engine.AsApplication;
import com.aftersales.bpm.engine.Caller;
import com.aftersales.bpm.engine.StartSubmissionCheck;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A person starting a process sets only what its start form lets them enter, within the form's
 * validation, as {@link FormSubmissionInterceptor} does for a task: checked from the deployed
 * .form file before the engine starts anything, whether the start comes from Tasklist, either
 * REST root or the Java API. A process without a start form accepts no variables from people, and
 * a person starts a process at its start event only (start instructions would skip its checks). A
 * refusal is a {@link FormRuleViolation} (400, nothing started). Starts by the application itself
 * (no logged-in user: intakes, schedules, tests) and by users who may change the process's cases
 * anyway (UPDATE_INSTANCE: administrators) are not checked.
 */
public class StartFormInterceptor implements StartSubmissionCheck {

  private final FormValues values;

  /** @param zone the centre's time zone, where the forms' {@code today()} is */
  public StartFormInterceptor(ZoneId zone) {
    this.values = new FormValues(zone);
  }

  /** Called by the engine adapter before a logged-in user's start of {@code processDefinitionId}. */
  @Override
  public void check(ProcessEngine engine, String processDefinitionId, Map<String, Object> variables,
      boolean atStartEvent, Caller user) {
    // the definition and its form, read as the application
    String refusal = AsApplication.call(engine.getIdentityService(),
        () -> refusal(engine, processDefinitionId, variables, atStartEvent, user));
    if (refusal != null) {
      throw new FormRuleViolation(refusal);
    }
  }

  /** Why the start is not accepted, or null. */
  private String refusal(ProcessEngine engine, String processDefinitionId, Map<String, Object> variables,
      boolean atStartEvent, Caller user) {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionId(processDefinitionId).singleResult();
    if (definition == null || !mayOnlyStart(engine, definition, user)) {
      return null; // the engine refuses the start itself (404, 403), or the user may change its cases anyway
    }
    String name = definition.getName() == null ? definition.getKey() : definition.getName();
    List<String> problems = new ArrayList<>();
    if (!atStartEvent) {
      problems.add("a process is started at its start event; start instructions are not accepted from people");
    }
    VariableMap typed = Variables.fromMap(variables);
    problems.addAll(FormValues.transientValues(typed));
    Map<String, Object> submitted = FormValues.plain(typed);
    VariableMap none = Variables.createVariables();
    problems.addAll(FormSubmissionCheck.problems(form(engine, processDefinitionId, name), submitted, Map.of(),
        field -> values.caseOptions(field, none, submitted), field -> values.hidden(field, submitted), values.now()));
    return problems.isEmpty() ? null
        : "The start form of '" + name + "' was not accepted: " + String.join("; ", problems);
  }

  /**
   * Whether the user may start the process (the engine's rule: CREATE_INSTANCE on it) but not set
   * the variables of its cases or move them (UPDATE_INSTANCE, e.g. camunda-admin, who could set
   * any variable right after the start: the check would bound nothing there).
   */
  private static boolean mayOnlyStart(ProcessEngine engine, ProcessDefinition definition, Caller user) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    return authorizations.isUserAuthorized(user.userId(), user.groupIds(),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, definition.getKey())
        && !authorizations.isUserAuthorized(user.userId(), user.groupIds(),
        ProcessDefinitionPermissions.UPDATE_INSTANCE, Resources.PROCESS_DEFINITION, definition.getKey());
  }

  private static FormDefinition form(ProcessEngine engine, String processDefinitionId, String name) {
    StartFormData start = engine.getFormService().getStartFormData(processDefinitionId);
    if (start == null || (start.getCamundaFormRef() == null && start.getFormKey() == null)) {
      return FormDefinition.NONE;
    }
    try (InputStream form = engine.getFormService().getDeployedStartForm(processDefinitionId)) {
      return FormDefinition.read(form);
    } catch (IOException | RuntimeException e) {
      throw new FormRuleViolation("The start form of '" + name + "' is not deployed; nothing can be started with it");
    }
  }
}
