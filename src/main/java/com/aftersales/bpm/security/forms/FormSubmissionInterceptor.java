package com.aftersales.bpm.security.forms;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.engine.Caller;
import com.aftersales.bpm.engine.TaskSubmissionCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A person completing a task sets only what the task's form lets them edit, within the form's
 * validation: checked on the server from the deployed .form file before the engine runs the
 * completion, so Tasklist, the REST API and any other client meet the same rules. A refusal is a
 * {@link FormRuleViolation} (400, the task stays open). Completions by the application itself (no
 * logged-in user) are not checked.
 */
public class FormSubmissionInterceptor implements TaskSubmissionCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

  /** Called by the engine adapter before a logged-in user's completion of {@code taskId}. */
  @Override
  public void check(ProcessEngine engine, String taskId, Map<String, Object> variables, Caller user) {
    IdentityService identity = engine.getIdentityService();
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys()
        .singleResult();
    if (task == null) {
      return; // not visible to the user: the engine answers 403 or 404
    }
    identity.clearAuthentication(); // the form and the values the user works with, read as the application
    List<String> problems;
    try {
      if (!mayWork(engine, task, user)) {
        return; // the engine refuses the completion itself (403)
      }
      FormDefinition form = form(engine, task);
      VariableMap current = engine.getTaskService().getVariablesTyped(task.getId(), false);
      Map<String, Object> submitted = plain(Variables.fromMap(variables));
      Map<String, Object> values = new HashMap<>(plain(current));
      values.putAll(submitted);
      problems = FormSubmissionCheck.problems(form, submitted, plain(current),
          field -> caseOptions(field, current, values), field -> hidden(field, values));
    } finally {
      user.restore(identity);
    }
    if (!problems.isEmpty()) {
      throw new FormRuleViolation("The form '" + task.getName() + "' was not accepted: " + String.join("; ", problems));
    }
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

  /** Plain values; a serialized one (JSON, Java object) is kept as its type name, which no form input accepts. */
  private static Map<String, Object> plain(VariableMap variables) {
    Map<String, Object> plain = new HashMap<>();
    for (String name : variables.keySet()) {
      TypedValue typed = variables.getValueTyped(name);
      List<?> list = jsonArray(typed);
      if (list != null) {
        plain.put(name, list); // a checklist as Tasklist sends it: a JSON variable holding an array
        continue;
      }
      plain.put(name, typed instanceof SerializableValue serialized && !serialized.isDeserialized()
          ? new SerializedObject(typed.getType().getName()) : typed.getValue());
    }
    return plain;
  }

  /** The list in a JSON (Spin) variable that holds an array, else null. */
  private static List<?> jsonArray(TypedValue typed) {
    if (typed instanceof SerializableValue json && "json".equals(typed.getType().getName())
        && json.getValueSerialized() != null) {
      try {
        JsonNode node = JSON.readTree(json.getValueSerialized());
        return node.isArray() ? JSON.convertValue(node, List.class) : null;
      } catch (Exception notJson) {
        return null;
      }
    }
    return null;
  }

  /** The options form-js offers for this case: from the field's variable or its FEEL expression. */
  private Set<String> caseOptions(FormField field, VariableMap current, Map<String, Object> values) {
    if (field.optionsVariable() != null) {
      return options(current.getValueTyped(field.optionsVariable()));
    }
    Set<String> offered = new LinkedHashSet<>();
    try {
      Object list = feel.evaluateSimpleExpression(field.optionsExpression(), feelContext(values));
      if (list instanceof Collection<?> options) {
        // form-js takes {label, value} or a plain value that is its own label
        options.forEach(option -> offered.add(String.valueOf(option instanceof Map<?, ?> map ? map.get("value") : option)));
      }
    } catch (RuntimeException e) {
      // an expression the server cannot evaluate offers nothing: the value is refused, never let through
    }
    return offered;
  }

  /** A form's options in a variable: a JSON list of {label, value}, as Camunda Forms read it. */
  private static Set<String> options(TypedValue variable) {
    Set<String> values = new LinkedHashSet<>();
    if (variable instanceof SerializableValue json && json.getValueSerialized() != null) {
      try {
        for (JsonNode option : JSON.readTree(json.getValueSerialized())) {
          values.add(option.path("value").asText());
        }
      } catch (IOException e) {
        return values;
      }
    }
    return values;
  }

  /** form-js hides a field when its FEEL condition ({@code =addAction2 != true}) is true. */
  private boolean hidden(FormField field, Map<String, Object> values) {
    if (field.hideWhen() == null) {
      return false;
    }
    String expression = field.hideWhen().startsWith("=") ? field.hideWhen().substring(1) : field.hideWhen();
    try {
      return Boolean.TRUE.equals(feel.evaluateSimpleExpression(expression, feelContext(values)));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The plain values a form's FEEL sees, a null one as null (form-js sees it so); objects are left
   * out: the forms' expressions use none.
   */
  private static VariableContext feelContext(Map<String, Object> values) {
    Map<String, Object> simple = new HashMap<>();
    values.forEach((name, value) -> {
      if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
          || value instanceof Date) {
        simple.put(name, value);
      }
    });
    return Variables.fromMap(simple).asVariableContext();
  }

  /** Stands for an object variable the form cannot have produced. */
  private record SerializedObject(String typeName) {}
}
