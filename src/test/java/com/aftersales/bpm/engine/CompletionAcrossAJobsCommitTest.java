package com.aftersales.bpm.engine;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interleaving {@code TaskAndJobRaceApiTest} meets only now and then, made certain: the
 * manager's completion has read its task when the notification job beside it commits (run from
 * the engine's permission check of the completion, in a transaction of its own). The engine then
 * finds no execution for the task (a NullPointerException in 7.24): that attempt is rolled back, the
 * application tries the completion once more against the case as the job left it, and the manager
 * gets 204 for the one submit (ADR 21).
 */
@ApplicationTest
class CompletionAcrossAJobsCommitTest extends ApplicationTestSupport {

  /**
   * The shape where it happens: a split into a notification (asynchronous) and a user task with
   * nothing else running, so that the notification's end collapses the case's executions under the
   * task. (A task with a boundary timer, as the parts order's take-over has, keeps an execution of
   * its own.)
   */
  private static final BpmnModelInstance SPLIT = Bpmn.createExecutableProcess("completionAcrossAJobsCommit")
      .camundaHistoryTimeToLive(1095).startEvent("Start_Split").parallelGateway("Gateway_NotifyAndWork")
      .serviceTask("Task_Notify").camundaAsyncBefore().camundaExpression("${true}").endEvent("End_Notified")
      .moveToNode("Gateway_NotifyAndWork").userTask("Task_Work").camundaCandidateGroups("service-manager")
      .endEvent("End_Worked").done();
  private static final String TAKE_OVER =
      "{\"variables\": {\"apologyCallDone\": {\"value\": true}, \"mobilityArranged\": {\"value\": \"LOANER\"}}}";

  @BeforeAll
  static void deploySplit(@Autowired RepositoryService repository) {
    repository.createDeployment().name("completion-across-a-jobs-commit")
        .addModelInstance("completion-across-a-jobs-commit.bpmn", SPLIT).deploy();
  }

  @Test
  void theNotificationCommitsWhileTheTaskBesideItIsCompletedAndTheOneSubmitSucceeds() {
    String caseId = runtime.startProcessInstanceByKey("completionAcrossAJobsCommit").getId();
    String task = tasks.createTaskQuery().processInstanceId(caseId).taskDefinitionKey("Task_Work").singleResult().getId();
    String job = management.createJobQuery().processInstanceId(caseId).activityId("Task_Notify").singleResult().getId();
    AtomicInteger attempts = new AtomicInteger();

    HttpResponse<String> answer = completeWhileChecking("manager", task, "{}", jobCommitsWhenChecking(task, job, attempts));

    Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    Assertions.assertThat(attempts).as("the attempt that lost to the job, and the one after it").hasValue(2);
    Assertions.assertThat(management.createJobQuery().jobId(job).count()).as("the notification was sent").isZero();
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(caseId).finished().count())
        .as("both branches done").isEqualTo(1);
    Assertions.assertThat(runtime.createIncidentQuery().processInstanceId(caseId).count()).isZero();
  }

  @Test
  void aCompletionThatLosesTwiceIsA409ThatSavedNothingAndTheNextSubmitSucceeds() {
    String order = takeOverOrder("ACROSS-RO-2");
    String task = takeOver(order);
    AtomicInteger attempts = new AtomicInteger();

    HttpResponse<String> lost = completeWhileChecking("manager", task, TAKE_OVER, taskChangesWhenChecking(task, attempts));

    Assertions.assertThat(lost.statusCode()).as(lost.body()).isEqualTo(409);
    Assertions.assertThat(lost.body()).contains("The case changed meanwhile");
    Assertions.assertThat(attempts).as("tried once more, then left to the manager").hasValue(2);
    Assertions.assertThat(tasks.createTaskQuery().taskId(task).count()).as("nothing saved: still open").isEqualTo(1);
    Assertions.assertThat(runtime.getVariable(order, "apologyCallDone")).as("nothing saved").isNull();

    HttpResponse<String> again = http.postJson("manager", "/engine-rest/task/" + task + "/complete", TAKE_OVER);

    Assertions.assertThat(again.statusCode()).as(again.body()).isEqualTo(204);
    assertNextStepOpen(order);
  }

  /** A car that cannot be driven: the manager takes over, and is told so by a notification. */
  private String takeOverOrder(String repairOrderId) {
    String body = PartShortages.report(repairOrderId, "CANNOT_DRIVE").supplierEta(LocalDate.of(2099, 1, 1)).json();
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", body).statusCode()).isEqualTo(201);
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(repairOrderId).singleResult().getId();
  }

  private String takeOver(String order) {
    return tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_ManagerTakeOver").singleResult()
        .getId();
  }

  private void assertNextStepOpen(String order) {
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_SetExpectation")
        .count()).isEqualTo(1);
  }

  /** A user's completion of the task on the REST API, with {@code checker} among the engine's permission checkers. */
  private HttpResponse<String> completeWhileChecking(String user, String task, String body, CommandChecker checker) {
    List<CommandChecker> checkers = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandCheckers();
    checkers.add(checker);
    try {
      return http.postJson(user, "/engine-rest/task/" + task + "/complete", body);
    } finally {
      checkers.remove(checker);
    }
  }

  /**
   * A permission checker that, at every check of the task's completion, changes the task in a
   * transaction of its own (as a colleague's edit would), so that each attempt loses; counted in {@code attempts}.
   */
  private CommandChecker taskChangesWhenChecking(String taskId, AtomicInteger attempts) {
    return checker(taskId, () -> {
      int attempt = attempts.incrementAndGet();
      EngineCommand.inNewTransaction(engine, () -> EngineCommand.withoutAuthorization(() -> {
        tasks.setPriority(taskId, 100 + attempt);
        return null;
      }));
    });
  }

  /**
   * A permission checker that counts the checks of the task's completion in {@code attempts} and, at
   * the first, runs the job and commits it.
   */
  private CommandChecker jobCommitsWhenChecking(String taskId, String jobId, AtomicInteger attempts) {
    return checker(taskId, () -> {
      if (attempts.incrementAndGet() == 1) {
        // as the job executor runs it: in its own transaction, not as the manager
        EngineCommand.inNewTransaction(engine, () -> EngineCommand.withoutAuthorization(() -> {
          management.executeJob(jobId);
          return null;
        }));
      }
    });
  }

  /** A permission checker that runs {@code atCheck} whenever the engine checks that the task may be worked on. */
  private CommandChecker checker(String taskId, Runnable atCheck) {
    return (CommandChecker) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CommandChecker.class},
        (proxy, method, args) -> {
          if (method.getName().equals("checkTaskWork") && ((TaskEntity) args[0]).getId().equals(taskId)) {
            atCheck.run();
          }
          if (method.getName().equals("equals")) {
            return proxy == args[0];
          }
          return method.getName().equals("hashCode") ? System.identityHashCode(proxy) : null;
        });
  }
}
