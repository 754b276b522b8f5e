package com.aftersales.bpm.engine;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.PartShortages;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interleaving {@code TaskAndJobRaceApiTest} meets only now and then, made certain: the
 * manager's completion has read its task when the notification job beside it commits (run from
 * the engine's permission check of the completion, in a transaction of its own). The engine then
 * finds no execution for the task (a NullPointerException in 7.24); the manager gets 409 "the
 * case changed meanwhile" and the second submit completes the take-over (ADR 21).
 */
@ApplicationTest
class CompletionAcrossAJobsCommitTest {

  private static final String TAKE_OVER =
      "{\"variables\": {\"apologyCallDone\": {\"value\": true}, \"mobilityArranged\": {\"value\": \"LOANER\"}}}";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired Http http;

  @Test
  void theNotificationCommitsWhileTheTakeOverIsCompletedAndTheManagerGets409ThenSuccess() {
    String body = PartShortages.report("ACROSS-RO-1", "CANNOT_DRIVE").supplierEta(LocalDate.of(2099, 1, 1)).json();
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", body).statusCode()).isEqualTo(201);
    String order = runtime.createProcessInstanceQuery().processInstanceBusinessKey("ACROSS-RO-1").singleResult().getId();
    String task = tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_ManagerTakeOver")
        .singleResult().getId();
    String job = management.createJobQuery().processInstanceId(order).activityId("Task_NotifyTakeOver").singleResult()
        .getId();

    List<CommandChecker> checkers = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandCheckers();
    CommandChecker jobCommitsNow = jobCommitsWhenChecking(task, job);
    checkers.add(jobCommitsNow);
    HttpResponse<String> first;
    try {
      first = http.postJson("manager", "/engine-rest/task/" + task + "/complete", TAKE_OVER);
    } finally {
      checkers.remove(jobCommitsNow);
    }
    Assertions.assertThat(first.statusCode()).as(first.body()).isEqualTo(409);
    Assertions.assertThat(first.body()).contains("The case changed meanwhile");
    Assertions.assertThat(management.createJobQuery().jobId(job).count()).as("the notification was sent").isZero();

    HttpResponse<String> again = http.postJson("manager", "/engine-rest/task/" + task + "/complete", TAKE_OVER);

    Assertions.assertThat(again.statusCode()).as(again.body()).isEqualTo(204);
    Assertions.assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(order)
        .taskDefinitionKey("Task_ManagerTakeOver").finished().count()).isEqualTo(1);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_SetExpectation")
        .count()).isEqualTo(1);
    Assertions.assertThat(runtime.createIncidentQuery().processInstanceId(order).count()).isZero();
  }

  /** A permission checker that, the first time it checks the task's completion, runs the job and commits it. */
  private CommandChecker jobCommitsWhenChecking(String taskId, String jobId) {
    boolean[] done = {false};
    return (CommandChecker) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CommandChecker.class},
        (proxy, method, args) -> {
          if (method.getName().equals("checkTaskWork") && !done[0] && ((TaskEntity) args[0]).getId().equals(taskId)) {
            done[0] = true;
            // as the job executor runs it: in its own transaction, not as the manager
            EngineCommand.inNewTransaction(engine, () -> EngineCommand.withoutAuthorization(() -> {
              management.executeJob(jobId);
              return null;
            }));
          }
          if (method.getName().equals("equals")) {
            return proxy == args[0];
          }
          return method.getName().equals("hashCode") ? System.identityHashCode(proxy) : null;
        });
  }
}
