package com.aftersales.bpm.redalert;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import com.aftersales.bpm.redalert.RedAlertModel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** Raises a red alert in the plain engine and works its tasks, the clock moved by hand. */
final class RedAlertDriver {

  final ProcessInstance alert;
  final Instant discoveredAt;

  private RedAlertDriver(ProcessInstance alert, Instant discoveredAt) {
    this.alert = alert;
    this.discoveredAt = discoveredAt;
  }

  /** One order per severity given, e.g. {@code "NONE", "MINOR"}; ids O-01, O-02, … */
  static RedAlertDriver raise(String alertId, Instant discoveredAt, Instant now, String... severities) {
    List<RedAlertReport.Order> orders = new ArrayList<>();
    for (int i = 0; i < severities.length; i++) {
      String n = String.format("%02d", i + 1);
      orders.add(new RedAlertReport.Order("O-" + n, new RedAlertReport.Customer("C-" + n, "客户" + n,
          "+86 138 0000 00" + n, false), new RedAlertReport.Vehicle("LRW3E7FS0RC0000" + n, "Model Y"),
          OffsetDateTime.ofInstant(discoveredAt.plusSeconds(7 * 3600), ZoneOffset.ofHours(8)),
          Severity.valueOf(severities[i])));
    }
    RedAlertReport report = new RedAlertReport(alertId, OffsetDateTime.ofInstant(discoveredAt, ZoneOffset.ofHours(8)),
        "Tailgate gap 5.8 mm against a 4 mm standard / 尾门间隙5.8毫米,标准4毫米", orders, null);
    return start(report, orders.stream().map(RedAlertService::facts).toList(), now);
  }

  static RedAlertDriver start(RedAlertReport report, List<Map<String, Object>> facts, Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(RedAlertModel.PROCESS,
        report.alertId(), RedAlertService.variables(report, facts));
    return new RedAlertDriver(instance, report.discoveredAt().toInstant());
  }

  void advanceTo(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
  }

  Instant minutes(long m) {
    return discoveredAt.plusSeconds(60 * m);
  }

  List<Task> tasks(String activityId) {
    return taskService().createTaskQuery().processInstanceId(alert.getId()).taskDefinitionKey(activityId)
        .initializeFormKeys().list();
  }

  Task task(String activityId) {
    return taskService().createTaskQuery().processInstanceId(alert.getId()).taskDefinitionKey(activityId).singleResult();
  }

  /** The open task of one order at an activity. */
  Task task(String activityId, String orderId) {
    return tasks(activityId).stream().filter(t -> orderId.equals(taskService().getVariable(t.getId(), "orderId")))
        .findFirst().orElseThrow(() -> new AssertionError("no " + activityId + " for " + orderId));
  }

  void complete(Task task, Object... keyValues) {
    VariableMap variables = Variables.createVariables();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.putValue((String) keyValues[i], keyValues[i + 1]);
    }
    taskService().complete(task.getId(), variables);
  }

  /** A party confirms (or changes) the tiers: the order ids of each tier. */
  void decide(String activityId, List<String> deliver, List<String> choice, List<String> delay) {
    complete(task(activityId), "deliverOrders", AlertJson.of(deliver), "choiceOrders", AlertJson.of(choice),
        "delayOrders", AlertJson.of(delay), "decisionNote", "agreed");
  }

  List<String> ids(String variable) {
    return AlertJson.ids(runtimeService().getVariable(alert.getId(), variable));
  }

  /** Runs every due asynchronous job (notifications) of the alert. */
  int runAsyncJobs() {
    List<Job> jobs = managementService().createJobQuery().processInstanceId(alert.getId()).messages().list();
    jobs.forEach(job -> managementService().executeJob(job.getId()));
    return jobs.size();
  }

  Job timer(String activityId) {
    return managementService().createJobQuery().processInstanceId(alert.getId()).activityId(activityId).timers()
        .list().stream().findFirst().orElseThrow(() -> new AssertionError("no timer at " + activityId));
  }

  Object variable(String name) {
    return historyService().createHistoricVariableInstanceQuery().processInstanceId(alert.getId())
        .variableName(name).list().stream().filter(v -> v.getExecutionId().equals(alert.getId()))
        .findFirst().map(v -> v.getValue()).orElse(null);
  }
}
