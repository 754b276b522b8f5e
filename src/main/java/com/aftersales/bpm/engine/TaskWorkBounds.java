package com.aftersales.bpm.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;

/**
 * What working a task ({@code TASK_WORK}) lets a logged-in user do, on every API: claim it for
 * themselves, release their own claim, complete it through its form. The engine allows more with
 * the same permission, refused here with 403 before anything runs: a BPMN error or escalation
 * thrown on the task (an uncaught error ends the whole case; a caught escalation takes the model's
 * crisis or take-over path), claiming it for somebody else (who then may work it whatever their
 * group), and releasing or completing a task a colleague has claimed (Tasklist shows it read-only).
 * Tasklist's <i>Unclaim</i> ({@code /unclaim}) needs {@code TASK_ASSIGN}, which nobody but admins
 * holds; for the task's own assignee it runs without that check, still recorded as theirs (ADR 23).
 */
final class TaskWorkBounds extends UserCommandChecks {

  TaskWorkBounds(Supplier<ProcessEngine> engine) {
    super(engine);
  }

  @Override
  boolean applies(Command<?> command) {
    return isTaskWork(command);
  }

  /** Whether the command works a task: claims, releases, completes it or throws on it. */
  static boolean isTaskWork(Command<?> command) {
    return command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd
        || command instanceof ClaimTaskCmd || releases(command) || TaskSubmissions.isCompletion(command);
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      boolean error = command instanceof HandleTaskBpmnErrorCmd;
      Object taskId = field(error ? HandleTaskBpmnErrorCmd.class : HandleTaskEscalationCmd.class, command, "taskId");
      throw refused(user, "throw a BPMN " + (error ? "error" : "escalation") + " on task " + taskId
          + ": a task is finished by completing its form; errors and escalations are the process model's own");
    }
    if (TaskSubmissions.isCompletion(command)) {
      String taskId = (String) TaskSubmissions.field(command, "taskId");
      String assignee = assignee(built, taskId, user);
      if (assignee != null && !assignee.equals(user.userId())) {
        throw refused(user, "complete task " + taskId + ", which '" + assignee + "' has claimed: only they can");
      }
      return;
    }
    if (command instanceof ClaimTaskCmd) {
      String taskId = (String) field(ClaimTaskCmd.class, command, "taskId");
      String claimant = (String) field(ClaimTaskCmd.class, command, "userId");
      if (claimant != null && !claimant.equals(user.userId())) {
        throw refused(user, "claim task " + taskId + " for '" + claimant + "': a task is claimed only for oneself");
      }
      if (claimant == null) {
        checkOwnClaim(built, taskId, user);
      }
    }
  }

  /** Unclaim ({@code /unclaim}, {@code setAssignee(id, null)}) by the assignee: allowed, though it needs TASK_ASSIGN. */
  @Override
  boolean runsWithoutAuthorizationCheck(ProcessEngine built, Command<?> command, Caller user) {
    if (!releases(command)) {
      return false;
    }
    String taskId = (String) field(AbstractSetTaskPropertyCmd.class, command, "taskId");
    return user.userId().equals(assignee(built, taskId, user)); // else the engine decides, as for anybody
  }

  private static boolean releases(Command<?> command) {
    return command instanceof AssignTaskCmd && field(AbstractAddIdentityLinkCmd.class, command, "userId") == null;
  }

  /** Releasing a claim through {@code claim(id, null)}, which needs only TASK_WORK: for the assignee only. */
  private static void checkOwnClaim(ProcessEngine built, String taskId, Caller user) {
    String assignee = assignee(built, taskId, user);
    if (assignee != null && !assignee.equals(user.userId())) {
      throw refused(user, "release task " + taskId + ", which '" + assignee + "' has claimed: only they can");
    }
  }

  /** Who has claimed the task (null: nobody, or no such task), read as the application. */
  private static String assignee(ProcessEngine built, String taskId, Caller user) {
    Task task = AsApplication.call(built.getIdentityService(), () -> built.getTaskService().createTaskQuery().taskId(taskId).singleResult());
    return task == null ? null : task.getAssignee();
  }

  private static AuthorizationException refused(Caller user, String what) {
    return new AuthorizationException("User '" + user.userId() + "' may not " + what);
  }
}
