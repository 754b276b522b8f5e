package com.aftersales.bpm.support;

import com.aftersales.bpm.parts.PartsModel;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.OutsideEventGate;
import com.aftersales.bpm.parts.PartsVariables;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Drives one parts-shortage order through time: the clock moves forward and every timer due on
 * the way fires by executing its job, in due order; staff complete tasks as their forms would.
 * Notifications are delivered after each step, as the job executor would right after it. The
 * order starts with the variables the intake gives it ({@link PartShortages}), so the tests build
 * no start variables of their own.
 */
public final class PartsOrderDriver {

  public final Instant day0;
  public final ProcessInstance order;

  private PartsOrderDriver(Instant day0, ProcessInstance order) {
    this.day0 = day0;
    this.order = order;
  }

  /** A shortage reported at {@code reportedAt} through the intake's variables; the clock is set there. */
  public static PartsOrderDriver report(String repairOrderId, Instant reportedAt, String condition, boolean vip) {
    return report(repairOrderId, reportedAt, condition, vip, null, null);
  }

  /** The same, for a customer the CRM gives a lifetime value (CNY) and maybe a success manager's user id. */
  public static PartsOrderDriver report(String repairOrderId, Instant reportedAt, String condition, boolean vip,
      BigDecimal lifetimeValue, String successManager) {
    return report(repairOrderId, reportedAt, PartShortages.report(repairOrderId, condition).highValue(vip).vip(vip)
        .vehicle(vip ? "Model S Plaid" : "Model 3", "沪A88888").success(lifetimeValue, successManager));
  }

  /** The shortage {@code shortage} describes (customer, vehicle, flags), of part BMS-1000 with no ETA. */
  public static PartsOrderDriver report(String repairOrderId, Instant reportedAt, PartShortages shortage) {
    ClockUtil.setCurrentTime(Date.from(reportedAt));
    ProcessInstance order = runtimeService().startProcessInstanceByKey(PartsModel.PROCESS, repairOrderId,
        shortage.reportedAt(reportedAt).part("BMS-1000", "Battery management module").supplierEta(null).variables());
    Notifications.deliverAll(order);
    return new PartsOrderDriver(reportedAt, order);
  }

  public Instant at(double days) {
    return day0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
  }

  /** Moves the clock to {@code until}, firing every timer of this order due by then. */
  public void advanceTo(Instant until) {
    for (;;) {
      Notifications.deliverAll(order);
      List<Job> due = managementService().createJobQuery().processInstanceId(order.getId())
          .duedateLowerThan(Date.from(until.plusMillis(1))).orderByJobDuedate().asc().listPage(0, 1);
      if (due.isEmpty()) {
        break;
      }
      Job job = due.get(0);
      if (job.getDuedate() != null && job.getDuedate().toInstant().isAfter(ClockUtil.getCurrentTime().toInstant())) {
        ClockUtil.setCurrentTime(job.getDuedate());
      }
      execute(job);
    }
    ClockUtil.setCurrentTime(Date.from(until));
  }

  /** When the open task is due, which its SLA timer must say too (the deadline a late step is measured by). */
  public Instant deadlineOf(String taskKey, String timerId) {
    Date due = open(taskKey).getDueDate();
    org.assertj.core.api.Assertions.assertThat(ProcessTestSupport.job(order, timerId).getDuedate())
        .as(timerId + " fires when " + taskKey + " is due").isEqualTo(due);
    return due.toInstant();
  }

  public Task open(String taskKey) {
    return taskService().createTaskQuery().processInstanceId(order.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  /** Completes the open task a few minutes later: people take time, and tasks keep their order. */
  public void complete(String taskKey, Object... keysAndValues) {
    advanceTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(5)));
    Task task = open(taskKey);
    if (task == null) {
      throw new AssertionError("no open task " + taskKey);
    }
    taskService().complete(task.getId(), variables(keysAndValues));
    Notifications.deliverAll(order);
  }

  public void completeAll(String taskKey, Object... keysAndValues) {
    for (Task task : taskService().createTaskQuery().processInstanceId(order.getId()).taskDefinitionKey(taskKey).list()) {
      taskService().complete(task.getId(), variables(keysAndValues));
    }
    Notifications.deliverAll(order);
  }

  private static Map<String, Object> variables(Object... keysAndValues) {
    Map<String, Object> map = new java.util.HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  public void setExpectation(String promisedDate) {
    complete("Task_SetExpectation", "promisedDate", promisedDate, "worstCaseDate", promisedDate,
        "customerOption", "A_LEAVE_CAR", "waitingBenefit", "LOANER", "commitmentsExplained", true);
  }

  /** What the contact endpoint hands the process. */
  public void customerContact(String text, int consecutiveChases) {
    runtimeService().createMessageCorrelation("PartsCustomerContact").processInstanceId(order.getId())
        .setVariables(Map.of("latestContactText", text, "consecutiveChases", consecutiveChases,
            "latestContactChannel", "PHONE", "latestContactAt", ClockUtil.getCurrentTime()))
        .correlate();
    Notifications.deliverAll(order);
  }

  /** What the contact endpoint hands the order once the part is here (repair, handover, survey). */
  public void customerContactAfterArrival(String text) {
    runtimeService().createMessageCorrelation("PartsCustomerContactAfterArrival").processInstanceId(order.getId())
        .setVariables(Map.of("latestContactText", text, "consecutiveChases", 0,
            "latestContactChannel", "WECHAT", "latestContactAt", ClockUtil.getCurrentTime()))
        .correlate();
    Notifications.deliverAll(order);
  }

  public void partArrives() {
    runtimeService().createMessageCorrelation("PartArrived").processInstanceId(order.getId())
        .setVariable("partArrivedAt", ClockUtil.getCurrentTime()).correlate();
    Notifications.deliverAll(order);
  }

  /**
   * What the arrival endpoint does while the order is not waiting for the part yet: it keeps the
   * arrival on the order (see {@link OutsideEventGate}).
   */
  public void partArrivesEarly() {
    VariableMap early = Variables.createVariables();
    PartsVariables.PART_ARRIVAL.putIn(early, OutsideEventGate.State.EARLY);
    PartsVariables.PART_ARRIVED_AT.putIn(early, ClockUtil.getCurrentTime());
    runtimeService().setVariables(order.getId(), early);
  }

  /**
   * What the survey intake does when the customer answers while the order is not waiting for the
   * answer yet (the handover still open): it keeps the answer on the order ({@link OutsideEventGate}).
   */
  public void surveyAnsweredEarly(int score) {
    VariableMap early = Variables.createVariables();
    PartsVariables.POST_REPAIR_SURVEY.putIn(early, OutsideEventGate.State.EARLY);
    PartsVariables.NPS_SURVEY_ID.putIn(early, "SV-" + order.getBusinessKey());
    PartsVariables.NPS_SCORE.putIn(early, score);
    runtimeService().setVariables(order.getId(), early);
  }

  public void surveyAnswered(int score) {
    runtimeService().createMessageCorrelation("PostRepairSurveyAnswered").processInstanceId(order.getId())
        .setVariables(Map.of("npsSurveyId", "SV-" + order.getBusinessKey(), "npsScore", score)).correlate();
    Notifications.deliverAll(order);
  }

  /** Every task this order created, as "day N: taskKey", in the order they were created. */
  public List<String> tasksByDay() {
    return historyService().createHistoricTaskInstanceQuery().processInstanceId(order.getId())
        .orderByHistoricActivityInstanceStartTime().asc().orderByTaskDefinitionKey().asc().list().stream()
        .map(t -> "day " + Duration.between(day0, t.getStartTime().toInstant()).toDays() + ": "
            + t.getTaskDefinitionKey())
        .toList();
  }

  public List<HistoricTaskInstance> tasks(String taskKey) {
    return historyService().createHistoricTaskInstanceQuery().processInstanceId(order.getId())
        .taskDefinitionKey(taskKey).orderByHistoricActivityInstanceStartTime().asc().list();
  }

  public Object variable(String name) {
    return runtimeService().getVariable(order.getId(), name);
  }
}
