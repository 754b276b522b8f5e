package com.aftersales.bpm.engine;

import java.util.Arrays;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * A logged-in user's run of a job ({@code POST /job/{id}/execute}) that was refused before the job
 * ran, by the engine's permissions or by {@link StandaloneJobs}, is no failure of the job. The
 * engine counted it as one: each 403 took one of the job's retries and left the refusal as the
 * job's error, so a user who may only read a case could use up its SLA timer's retries until it
 * raised an incident and never fired (ADR 23, amended). The engine's failure handling is skipped
 * for such a refusal; a job that fails while it runs is handled as before.
 */
final class RefusedJobRuns extends UserCommandChecks {

  RefusedJobRuns(Supplier<ProcessEngine> engine) {
    super(engine);
  }

  @Override
  boolean applies(Command<?> command) {
    if (!(command instanceof FailedJobListener)) {
      return false;
    }
    Throwable failure = ((JobFailureCollector) field(FailedJobListener.class, command, "jobFailureCollector"))
        .getFailure();
    return failure instanceof AuthorizationException && Arrays.stream(failure.getStackTrace()).noneMatch(
        frame -> frame.getClassName().equals(JobEntity.class.getName()) && frame.getMethodName().equals("execute"));
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    // nothing to refuse: the run was refused already
  }

  @Override
  <T> T proceed(ProcessEngine built, Command<T> command, Caller user) {
    return null; // the failed-job listener returns nothing
  }
}
