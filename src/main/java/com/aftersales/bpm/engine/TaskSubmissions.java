package com.aftersales.bpm.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Runs the {@link TaskSubmissionCheck}s before a completion command ({@code /task/{id}/complete}
 * and {@code /submit-form} on both REST roots, and the Java API) of a logged-in user, outside any
 * other command. The engine keeps the task and the variables in protected fields; this is the one
 * place that reads them.
 */
final class TaskSubmissions extends UserCommandChecks {

  private final List<TaskSubmissionCheck> checks;

  TaskSubmissions(List<TaskSubmissionCheck> checks, Supplier<ProcessEngine> engine) {
    super(engine);
    this.checks = List.copyOf(checks);
  }

  @Override
  boolean applies(Command<?> command) {
    return isCompletion(command);
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    String taskId = (String) field(command, "taskId");
    var submitted = variables(field(command, command instanceof CompleteTaskCmd ? "variables" : "properties"));
    checks.forEach(check -> check.check(built, taskId, submitted, user));
  }

  static boolean isCompletion(Command<?> command) {
    return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
  }

  static Object field(Command<?> command, String name) {
    return field(command instanceof CompleteTaskCmd ? CompleteTaskCmd.class : SubmitTaskFormCmd.class, command, name);
  }
}
