package com.aftersales.bpm.security.forms;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * The task and the variables of a completion command ({@code /task/{id}/complete} and
 * {@code /submit-form} on both REST roots, and the Java API). The engine keeps them in protected
 * fields; this is the one place that reads them.
 */
record TaskSubmission(String taskId, Map<String, Object> variables) {

  static Optional<TaskSubmission> of(Command<?> command) {
    if (command instanceof CompleteTaskCmd) {
      return Optional.of(read(command, CompleteTaskCmd.class, "variables"));
    }
    if (command instanceof SubmitTaskFormCmd) {
      return Optional.of(read(command, SubmitTaskFormCmd.class, "properties"));
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static TaskSubmission read(Command<?> command, Class<?> type, String variablesField) {
    try {
      Field task = type.getDeclaredField("taskId");
      Field variables = type.getDeclaredField(variablesField);
      task.setAccessible(true);
      variables.setAccessible(true);
      Map<String, Object> submitted = (Map<String, Object>) variables.get(command);
      return new TaskSubmission((String) task.get(command), submitted == null ? Map.of() : submitted);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this engine version's " + type.getSimpleName() + " has no field "
          + variablesField + "; adapt TaskSubmission", e);
    }
  }
}
