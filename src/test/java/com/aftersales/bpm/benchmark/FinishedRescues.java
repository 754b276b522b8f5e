package com.aftersales.bpm.benchmark;

import static com.aftersales.bpm.support.Surveys.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The data {@link HistorySearchBenchmark} searches: finished rescues numbered BENCH-000000…, each
 * run through the real process (tasks completed, re-rating received or its wait timed out, review
 * timer executed; every fifth missed its response SLA), on as many client threads as
 * -Dbenchmark.threads (2).
 */
final class FinishedRescues {

  private static final String[] NAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  FinishedRescues(ProcessEngine engine) {
    this.engine = engine;
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
  }

  static String surveyId(int n) {
    return String.format("BENCH-%06d", n);
  }

  static String customerName(int n) {
    return NAMES[n % NAMES.length] + "先生" + n;
  }

  /** Finished rescues numbered BENCH-000000…; continues where an earlier run stopped. */
  int createUpTo(int size) throws Exception {
    int from = (int) historyCount();
    int threads = Integer.getInteger("benchmark.threads", 2);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<?>> work = new ArrayList<>();
      for (int n = from; n < size; n++) {
        int number = n;
        work.add(pool.submit(() -> finishedRescue(number)));
      }
      for (java.util.concurrent.Future<?> done : work) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
    return Math.max(0, size - from);
  }

  static long historyCount() {
    return org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getHistoryService()
        .createHistoricProcessInstanceQuery().processDefinitionKey("lowScoreRescue").finished().count();
  }

  /** The first 10,000 answered four days ago; the rest spread over the 36 months before that month. */
  private static Instant answeredAt(int n) {
    Instant recent = Instant.now().minus(Duration.ofDays(4));
    if (n < 10_000) {
      return recent;
    }
    java.time.ZonedDateTime monthStart = recent.atZone(java.time.ZoneId.of("Asia/Shanghai")).withDayOfMonth(1)
        .withHour(10).withMinute(0).withSecond(0).withNano(0);
    return monthStart.minusMonths(1 + n % 36).plusDays(n % 28).toInstant();
  }

  private void finishedRescue(int n) {
    String surveyId = surveyId(n);
    int score = n % 7; // 0–6: grades S, A, B
    var variables = survey(surveyId, score, answeredAt(n));
    variables.putValue("customerName", customerName(n));
    String id = runtime.startProcessInstanceByKey("lowScoreRescue", surveyId, variables).getId();
    if (n % 5 == 0) {
      execute(id, "Timer_ResponseSla");
    }
    complete(id, "Task_FirstContact", Map.of("painPoints", "p", "promise", "p", "promisedCallbackAt",
        Date.from(Instant.now().plus(Duration.ofHours(1)))));
    complete(id, "Task_Investigate", Map.of("responsibility", "OURS", "rootCauseCategory", "WAIT_TIME"));
    complete(id, "Task_DesignSolution", Map.of("problemFixValue", 100L, "lossCompensationValue", 0L, "emotionalRepairValue", 0L));
    if (tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey("Task_ApproveCompensation").count() > 0) {
      complete(id, "Task_ApproveCompensation", Map.of("approved", true));
    }
    boolean refused = n % 3 == 0; // not asked to re-rate: the outcome is recorded at once
    complete(id, "Task_ExecuteAndFollowUp", Map.of("customerResponse", refused ? "REFUSED" : "ACCEPTED"));
    if (!refused) {
      runtime.createMessageCorrelation("ReRatingReceived").processInstanceId(id)
          .setVariable("reRatingScore", 6 + n % 5).correlate();
    }
    execute(id, "Timer_ReviewDue");
    for (Task open : tasks.createTaskQuery().processInstanceId(id).list()) {
      tasks.complete(open.getId(), Variables.createVariables().putValue("escalationAction", "handled")
          .putValue("nominatedForJointReview", false));
    }
    // notifications run after each step's commit; no job executor here
    com.aftersales.bpm.support.Notifications.deliverAll(engine, id);
  }

  private void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    tasks.complete(task.getId(), variables);
  }

  private void execute(String processInstanceId, String activityId) {
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list()) {
      management.executeJob(job.getId());
    }
  }
}
