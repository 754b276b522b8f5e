package com.aftersales.bpm.notification;

import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.Notifications;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * The steps {@link NotifyingCases} drives its cases with: a case started by an outside system's
 * post, another post to it, a task completed, a timer run. Each step delivers the case's
 * notifications as they are sent, and every case started is kept so the words test reads them all.
 */
final class CaseSteps {

  private final ProcessEngine engine;
  private final Http http;
  private final ObjectMapper json = new ObjectMapper();
  private final List<String> cases = new ArrayList<>();

  CaseSteps(ProcessEngine engine, Http http) {
    this.engine = engine;
    this.http = http;
  }

  /** The ids of every case started or kept so far. */
  List<String> cases() {
    return cases;
  }

  /** Keeps a case started elsewhere (e.g. by the demo's rescue driver). */
  String keep(String processInstanceId) {
    cases.add(processInstanceId);
    return processInstanceId;
  }

  /** Posts {@code body} to an intake as {@code user}, which must start a case (201); returns its id. */
  String post(String user, String path, String body) throws Exception {
    HttpResponse<String> started = http.postJson(user, path, body);
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String id = keep(json.readTree(started.body()).path("processInstanceId").asText());
    Notifications.deliverAll(engine, id);
    return id;
  }

  /** Posts {@code body} as {@code user} to an endpoint of a running case, which must take it (201). */
  void postTo(String processInstanceId, String user, String path, String body) {
    HttpResponse<String> taken = http.postJson(user, path, body);
    Assertions.assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    Notifications.deliverAll(engine, processInstanceId);
  }

  void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
    TaskService tasks = engine.getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    Assertions.assertThat(task).as(taskKey + " open").isNotNull();
    tasks.complete(task.getId(), variables);
    Notifications.deliverAll(engine, processInstanceId);
  }

  /** A rescue after its first contact investigated, with a plan within a grade B advisor's 500: at *Execute and follow up*. */
  String toFollowUp(String processInstanceId) {
    complete(processInstanceId, "Task_Investigate", Map.of("facts", "records checked", "responsibility", "OURS",
        "rootCauseCategory", "ATTITUDE", "shortTermRemedy", "apology"));
    complete(processInstanceId, "Task_DesignSolution", Map.of("problemFixItems", "repair", "problemFixValue", 100L,
        "lossCompensationItems", "-", "lossCompensationValue", 0L, "emotionalRepairItems", "-", "emotionalRepairValue", 0L));
    return processInstanceId;
  }

  /** An escalated parts order's crisis actions done; its first daily call missed by 17:00, the second one stopped. */
  void dailyCallMissedThenStopped(String order) {
    complete(order, "Task_EmergencyTransfer", Map.of("sourceLocation", "Hangzhou", "transferEta", "2099-03-05",
        "logisticsCost", 3000));
    complete(order, "Task_UpgradeCompensation", Map.of("upgradeItems", "free repair", "upgradeValue", 1000));
    executeTimer(order, "Timer_NextDailyCall");
    executeTimer(order, "Timer_DailyCallOverdue");
    complete(order, "Task_DailyFollowUp", Map.of("dailyCallNote", "no news today", "customerReaction", "SILENT",
        "customerAsksToStop", true, "dailyCallsStopReason", "算了 / fine, just tell me when it is here"));
  }

  void executeTimer(String processInstanceId, String activityId) {
    ManagementService management = engine.getManagementService();
    List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list();
    Assertions.assertThat(jobs).as(activityId + " of " + processInstanceId).isNotEmpty();
    jobs.forEach(job -> management.executeJob(job.getId()));
    Notifications.deliverAll(engine, processInstanceId);
  }
}
