package com.aftersales.bpm.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A task completion ({@code complete}, {@code submit-form}, any caller) that ran while another
 * transaction changed the same case, e.g. a notification job ending its own branch, which moves the
 * task to the parent execution and deletes the one it was on. The engine reads with READ COMMITTED:
 * it may read the task before that commit and its execution after it, and then fails with a
 * NullPointerException (TaskEntity.complete: "execution is null"), with ENGINE-03077 ("cannot
 * resolve parent ... deleted in the meantime") or, in the form check, with a missing form, instead
 * of an {@link OptimisticLockingException}. When the task changed between the
 * attempt's start and its failure, the failure is that race and is reported as one; any other
 * failure is left as it is.
 *
 * <p>The attempt that lost was rolled back whole, so it is tried once more here, against the case
 * as the other change left it: what the person would do on a "try again". Only a second loss
 * reaches the caller (a 409), and a caller in a transaction of its own repeats it itself (ADR 21).
 */
final class ConcurrentCompletions extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() != null || !TaskSubmissions.isCompletion(command)) {
      return next.execute(command);
    }
    try {
      return attempt(command);
    } catch (OptimisticLockingException lost) {
      if (TransactionSynchronizationManager.isActualTransactionActive()) {
        throw lost; // the caller's transaction is spoilt by the lost attempt: only the caller can repeat
      }
      return attempt(command);
    }
  }

  private <T> T attempt(Command<T> command) {
    String taskId = (String) TaskSubmissions.field(command, "taskId");
    String before = state(taskId);
    try {
      return next.execute(command);
    } catch (OptimisticLockingException lost) {
      throw lost;
    } catch (RuntimeException failed) {
      String after = state(taskId);
      if (before != null && !before.equals(after)) {
        throw new OptimisticLockingException("Task " + taskId + " changed while it was being completed (" + before
            + " -> " + after + "): " + failed, failed);
      }
      throw failed;
    }
  }

  /**
   * The task's revision and its execution's (id, parent, revision) as committed now: the prune moves
   * either the task (its execution is deleted) or, for a task on a scope of its own (a boundary
   * timer), that scope to a new parent. Null when there is no such task.
   */
  private String state(String taskId) {
    if (taskId == null) {
      return null;
    }
    return next.execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return "completed";
      }
      ExecutionEntity execution = task.getExecutionId() == null ? null
          : context.getExecutionManager().findExecutionById(task.getExecutionId());
      return "task revision " + task.getRevision() + ", execution " + task.getExecutionId()
          + (execution == null ? " gone" : " of " + execution.getParentId() + " revision " + execution.getRevision());
    });
  }
}
