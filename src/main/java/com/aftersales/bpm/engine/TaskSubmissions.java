package com.aftersales.bpm.engine;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Runs the {@link TaskSubmissionCheck}s before a completion command ({@code /task/{id}/complete}
 * and {@code /submit-form} on both REST roots, and the Java API) of a logged-in user, outside any
 * other command. The engine keeps the task and the variables in protected fields; this is the one
 * place that reads them.
 */
final class TaskSubmissions extends CommandInterceptor {

  private final List<TaskSubmissionCheck> checks;
  private final Supplier<ProcessEngine> engine;

  TaskSubmissions(List<TaskSubmissionCheck> checks, Supplier<ProcessEngine> engine) {
    this.checks = List.copyOf(checks);
    this.engine = engine;
  }

  @Override
  public <T> T execute(Command<T> command) {
    ProcessEngine built = engine.get();
    if (built != null && Context.getCommandContext() == null && isCompletion(command)) {
      Caller user = Caller.of(built.getIdentityService());
      if (user != null) {
        String taskId = (String) field(command, "taskId");
        Object variables = field(command, command instanceof CompleteTaskCmd ? "variables" : "properties");
        @SuppressWarnings("unchecked")
        Map<String, Object> submitted = variables == null ? Map.of() : (Map<String, Object>) variables;
        checks.forEach(check -> check.check(built, taskId, submitted, user));
      }
    }
    return next.execute(command);
  }

  static boolean isCompletion(Command<?> command) {
    return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
  }

  static Object field(Command<?> command, String name) {
    Class<?> type = command instanceof CompleteTaskCmd ? CompleteTaskCmd.class : SubmitTaskFormCmd.class;
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this engine version's " + type.getSimpleName() + " has no field "
          + name + "; adapt TaskSubmissions", e);
    }
  }
}
