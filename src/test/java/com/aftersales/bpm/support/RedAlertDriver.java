package com.aftersales.bpm.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import com.aftersales.bpm.common.Customer;
import com.aftersales.bpm.redalert.RedAlertModel;

import com.aftersales.bpm.redalert.RedAlertReport;
import com.aftersales.bpm.redalert.RedAlertService;
import com.aftersales.bpm.redalert.RedAlertVariables;
import com.aftersales.bpm.redalert.Severity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Raises a red alert in the plain engine with the variables the intake gives it
 * ({@link RedAlertService#variables}) and works its tasks, the clock moved by hand.
 */
public final class RedAlertDriver {

  private static final ObjectMapper JSON = new ObjectMapper();

  public final ProcessInstance alert;
  public final Instant discoveredAt;

  private RedAlertDriver(ProcessInstance alert, Instant discoveredAt) {
    this.alert = alert;
    this.discoveredAt = discoveredAt;
  }

  /** The ids {@link #raise} gives orders {@code from} to {@code to} (1-based): O-01, O-02, … */
  public static List<String> orderIds(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("O-%02d", i)).toList();
  }

  /** One order per severity given, e.g. {@code "NONE", "MINOR"}; ids O-01, O-02, … */
  public static RedAlertDriver raise(String alertId, Instant discoveredAt, Instant now, String... severities) {
    return raise(alertId, discoveredAt, now, false, severities);
  }

  /** As {@link #raise}, with media involved: marketing joins the decision. */
  public static RedAlertDriver raiseWithMedia(String alertId, Instant discoveredAt, Instant now, String... severities) {
    return raise(alertId, discoveredAt, now, true, severities);
  }

  /** As {@link #raise}, started as an admin over /engine-rest or an older client may: no {@code mediaInvolved} at all. */
  public static RedAlertDriver raiseWithoutMediaSaid(String alertId, Instant discoveredAt, Instant now,
      String... severities) {
    return raise(alertId, discoveredAt, now, null, severities);
  }

  /** One minor order per customer given, as the CRM describes them (lifetime value, success manager); ids O-01, … */
  public static RedAlertDriver raiseFor(String alertId, Instant discoveredAt, Instant now, Customer... customers) {
    return raise(alertId, discoveredAt, now, false, List.of(customers),
        Collections.nCopies(customers.length, "MINOR").toArray(String[]::new));
  }

  /** {@code media} null: the variable is left out. */
  private static RedAlertDriver raise(String alertId, Instant discoveredAt, Instant now, Boolean media,
      String... severities) {
    List<Customer> customers = IntStream.rangeClosed(1, severities.length).mapToObj(i -> String.format("%02d", i))
        .map(n -> new Customer("C-" + n, "客户" + n, "+86 138 0000 00" + n, false)).toList();
    return raise(alertId, discoveredAt, now, media, customers, severities);
  }

  private static RedAlertDriver raise(String alertId, Instant discoveredAt, Instant now, Boolean media,
      List<Customer> customers, String... severities) {
    List<RedAlertReport.Order> orders = new ArrayList<>();
    for (int i = 0; i < severities.length; i++) {
      String n = String.format("%02d", i + 1);
      orders.add(new RedAlertReport.Order("O-" + n, customers.get(i),
          new RedAlertReport.Vehicle("LRW3E7FS0RC0000" + n, "Model Y"),
          OffsetDateTime.ofInstant(discoveredAt.plusSeconds(7 * 3600), ZoneOffset.ofHours(8)),
          Severity.valueOf(severities[i])));
    }
    RedAlertReport report = new RedAlertReport(alertId, OffsetDateTime.ofInstant(discoveredAt, ZoneOffset.ofHours(8)),
        "Tailgate gap 5.8 mm against a 4 mm standard / 尾门间隙5.8毫米,标准4毫米", orders, null, media);
    VariableMap variables = RedAlertService.variables(report, orders.stream().map(RedAlertService::facts).toList());
    if (media == null) {
      variables.remove(RedAlertVariables.MEDIA_INVOLVED.name());
    }
    return start(report, variables, now);
  }

  /** A supply alert on one part: one waiting parts order per risk level given (L1, L2, L3); ids, … */
  public static RedAlertDriver raiseSupply(String alertId, Instant discoveredAt, Instant now, String... riskLevels) {
    List<Map<String, Object>> facts = new ArrayList<>();
    for (int i = 0; i < riskLevels.length; i++) {
      String n = String.format("%02d", i + 1);
      Map<String, Object> order = new LinkedHashMap<>();
      order.put(RedAlertVariables.ORDER_ID.name(), "R-" + n);
      order.put(RedAlertVariables.CUSTOMER_ID.name(), "C-" + n);
      order.put(RedAlertVariables.CUSTOMER_NAME.name(), "客户" + n);
      order.put(RedAlertVariables.HIGH_VALUE.name(), false);
      order.put(RedAlertVariables.VEHICLE_MODEL.name(), "Model Y");
      order.put(RedAlertVariables.RISK_LEVEL.name(), riskLevels[i]);
      facts.add(order);
    }
    RedAlertReport report = new RedAlertReport(alertId, OffsetDateTime.ofInstant(discoveredAt, ZoneOffset.ofHours(8)),
        "Part P-4711 out of stock everywhere / 配件P-4711全球缺货", null, "P-4711", null);
    return start(report, facts, now);
  }

  public static RedAlertDriver start(RedAlertReport report, List<Map<String, Object>> facts, Instant now) {
    return start(report, RedAlertService.variables(report, facts), now);
  }

  private static RedAlertDriver start(RedAlertReport report, VariableMap variables, Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(RedAlertModel.PROCESS,
        report.alertId(), variables);
    return new RedAlertDriver(instance, report.discoveredAt().toInstant());
  }

  public void advanceTo(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
  }

  public Instant minutes(long m) {
    return discoveredAt.plusSeconds(60 * m);
  }

  public List<Task> tasks(String activityId) {
    return taskService().createTaskQuery().processInstanceId(alert.getId()).taskDefinitionKey(activityId)
        .initializeFormKeys().list();
  }

  public Task task(String activityId) {
    return taskService().createTaskQuery().processInstanceId(alert.getId()).taskDefinitionKey(activityId).singleResult();
  }

  /** The open task of one order at an activity. */
  public Task task(String activityId, String orderId) {
    return tasks(activityId).stream().filter(t -> orderId.equals(taskService().getVariable(t.getId(), "orderId")))
        .findFirst().orElseThrow(() -> new AssertionError("no " + activityId + " for " + orderId));
  }

  public void complete(Task task, Object... keyValues) {
    VariableMap variables = Variables.createVariables();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.putValue((String) keyValues[i], keyValues[i + 1]);
    }
    taskService().complete(task.getId(), variables);
  }

  /** The customer's answer to the options offered for one order, as the advisor records it. */
  public void offer(String orderId, String customerChoice, long compensationValue, String conversationNote) {
    complete(task("Task_OfferOptions", orderId), "customerChoice", customerChoice, "compensationValue",
        compensationValue, "conversationNote", conversationNote);
  }

  /** A party confirms (or changes) the tiers: the order ids of each tier. */
  public void decide(String activityId, List<String> deliver, List<String> choice, List<String> delay) {
    complete(task(activityId), "deliverOrders", json(deliver), "choiceOrders", json(choice),
        "delayOrders", json(delay), "decisionNote", "agreed");
  }

  public List<String> ids(String variable) {
    Object stored = runtimeService().getVariable(alert.getId(), variable);
    if (stored instanceof java.util.Collection<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    try {
      return stored == null ? List.of() : JSON.readValue(stored.toString(), new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new AssertionError(variable + " is not a JSON list: " + stored, e);
    }
  }

  /** A checklist of order ids as the form submits it: a JSON list. */
  private static TypedValue json(List<String> ids) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(ids)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs every due asynchronous job (notifications) of the alert. */
  public int runAsyncJobs() {
    List<Job> jobs = managementService().createJobQuery().processInstanceId(alert.getId()).messages().list();
    jobs.forEach(job -> managementService().executeJob(job.getId()));
    return jobs.size();
  }

  public Job timer(String activityId) {
    return managementService().createJobQuery().processInstanceId(alert.getId()).activityId(activityId).timers()
        .list().stream().findFirst().orElseThrow(() -> new AssertionError("no timer at " + activityId));
  }

  public Object variable(String name) {
    return historyService().createHistoricVariableInstanceQuery().processInstanceId(alert.getId())
        .variableName(name).list().stream().filter(v -> v.getExecutionId().equals(alert.getId()))
        .findFirst().map(v -> v.getValue()).orElse(null);
  }
}
