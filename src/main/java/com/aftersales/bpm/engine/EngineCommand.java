package com.aftersales.bpm.engine;

import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** The engine command the current thread runs in, if any: its transaction, its job, its buffers. */
public final class EngineCommand {

  private EngineCommand() {}

  /** Runs {@code work} once the command's transaction has committed; at once outside a command. */
  public static void afterCommit(Runnable work) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      work.run();
      return;
    }
    command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> work.run());
  }

  /** Runs {@code work} inside the current command without the user's engine authorizations. */
  public static <T> T withoutAuthorization(Callable<T> work) {
    return Context.getCommandContext().runWithoutAuthorization(work);
  }

  /** The id of the job the command runs, when that job is at {@code activityId}; null otherwise. */
  public static String jobIdAt(String activityId) {
    JobEntity job = jobAt(activityId);
    return job == null ? null : job.getId();
  }

  /**
   * When the job the command runs was created, that job being at {@code activityId}: when its work
   * fell due, the same on every retry. Null otherwise (no job, or a job from before the engine kept it).
   */
  public static Instant jobCreatedAt(String activityId) {
    JobEntity job = jobAt(activityId);
    return job == null || job.getCreateTime() == null ? null : job.getCreateTime().toInstant();
  }

  private static JobEntity jobAt(String activityId) {
    CommandContext command = Context.getCommandContext();
    JobEntity job = command == null ? null : command.getCurrentJob();
    return job != null && activityId.equals(job.getActivityId()) ? job : null;
  }

  /** The command's buffer of this type (created on first use); null outside a command. */
  public static <B extends CommandBuffer> B buffer(Class<B> type, Supplier<B> create) {
    CommandContext command = Context.getCommandContext();
    return command == null ? null : command.getSession(CommandBuffers.class).get(type, create);
  }

  /** Runs {@code work} as one engine command, in the caller's transaction when it has one. */
  public static <T> T inCommand(ProcessEngine engine, Supplier<T> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> work.get());
  }

  /** Runs {@code work} as one engine command in a transaction of its own (services share its entity cache). */
  public static <T> T inNewTransaction(ProcessEngine engine, Supplier<T> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequiresNew()
        .execute(context -> work.get());
  }
}
