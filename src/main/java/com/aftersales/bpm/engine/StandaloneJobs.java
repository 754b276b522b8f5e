package com.aftersales.bpm.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * Jobs that belong to no process, the engine's own (the nightly history cleanup) and the batches',
 * are an administrator's to suspend or activate, re-date, retry, reprioritise, run or delete. The
 * engine checks a job through its process only, so it let any logged-in user change these: one
 * click suspending the history cleanup silently stopped the deletion of expired cases (ADR 23,
 * amended). Refused with 403 before anything runs, by job id and by job definition; the job
 * executor runs jobs without a logged-in user and is not checked.
 */
final class StandaloneJobs extends UserCommandChecks {

  StandaloneJobs(Supplier<ProcessEngine> engine) {
    super(engine, false); // administrators are not checked
  }

  @Override
  boolean applies(Command<?> command) {
    return command instanceof DeleteJobCmd || command instanceof SetJobRetriesCmd
        || command instanceof SetJobsRetriesBatchCmd || command instanceof SetJobDuedateCmd
        || command instanceof RecalculateJobDuedateCmd || command instanceof SetJobPriorityCmd
        || command instanceof ExecuteJobsCmd || command instanceof AbstractSetJobStateCmd
        || command instanceof AbstractSetJobDefinitionStateCmd || command instanceof SetJobDefinitionPriorityCmd;
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    ManagementService management = built.getManagementService();
    for (String jobId : jobIds(command)) {
      Job job = AsApplication.call(built.getIdentityService(),
          () -> management.createJobQuery().jobId(jobId).singleResult());
      if (job != null && job.getProcessDefinitionKey() == null) {
        throw refused(user, "job " + jobId);
      }
    }
    if (command instanceof SetJobsRetriesBatchCmd && field(SetJobsRetriesBatchCmd.class, command, "jobQuery")
        instanceof JobQuery query) { // the jobs the batch would take, as the engine finds them for the user
      query.list().stream().filter(job -> job.getProcessDefinitionKey() == null).findFirst().ifPresent(job -> {
        throw refused(user, "job " + job.getId());
      });
    }
    String definitionId = jobDefinitionId(command);
    if (definitionId != null) {
      JobDefinition definition = AsApplication.call(built.getIdentityService(),
          () -> management.createJobDefinitionQuery().jobDefinitionId(definitionId).singleResult());
      if (definition != null && definition.getProcessDefinitionKey() == null) {
        throw refused(user, "the jobs of job definition " + definitionId);
      }
    }
  }

  /** The jobs the command names by id. */
  private static List<String> jobIds(Command<?> command) {
    List<Object> ids = new ArrayList<>();
    if (command instanceof SetJobRetriesCmd) {
      ids.add(field(SetJobRetriesCmd.class, command, "jobId"));
      ids.addAll(listOf(field(SetJobRetriesCmd.class, command, "jobIds")));
    } else if (command instanceof SetJobsRetriesBatchCmd) {
      ids.addAll(listOf(field(SetJobsRetriesBatchCmd.class, command, "ids")));
    } else if (command instanceof AbstractSetJobStateCmd) {
      ids.add(field(AbstractSetJobStateCmd.class, command, "jobId"));
    } else {
      for (Class<?> type : List.of(DeleteJobCmd.class, SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class,
          SetJobPriorityCmd.class, ExecuteJobsCmd.class)) {
        if (type.isInstance(command)) {
          ids.add(field(type, command, "jobId"));
        }
      }
    }
    return ids.stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }

  /** The job definition whose jobs the command changes, or null. */
  private static String jobDefinitionId(Command<?> command) {
    if (command instanceof SetJobRetriesCmd) {
      return (String) field(SetJobRetriesCmd.class, command, "jobDefinitionId");
    }
    if (command instanceof AbstractSetJobStateCmd) {
      return (String) field(AbstractSetJobStateCmd.class, command, "jobDefinitionId");
    }
    if (command instanceof AbstractSetJobDefinitionStateCmd) {
      return (String) field(AbstractSetJobDefinitionStateCmd.class, command, "jobDefinitionId");
    }
    if (command instanceof SetJobDefinitionPriorityCmd) {
      return (String) field(SetJobDefinitionPriorityCmd.class, command, "jobDefinitionId");
    }
    return null;
  }

  private static List<?> listOf(Object ids) {
    return ids == null ? List.of() : (List<?>) ids;
  }

  private static AuthorizationException refused(Caller user, String what) {
    return new AuthorizationException("User '" + user.userId() + "' may not change " + what + ": it belongs to no "
        + "process, and the engine's own jobs (the nightly history cleanup) and the batches' are an administrator's");
  }
}
