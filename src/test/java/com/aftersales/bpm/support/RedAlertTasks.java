package com.aftersales.bpm.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;

/** Works a red alert's tasks in the running application, as Tasklist would submit them. */
public final class RedAlertTasks {

  private RedAlertTasks() {}

  /** Completes the open task at {@code key} (of the order, when given); a party confirms the proposed tiers. */
  public static void complete(TaskService tasks, RuntimeService runtime, String alert, String key, String orderId,
      Map<String, Object> values) {
    var task = tasks.createTaskQuery().processInstanceId(alert).taskDefinitionKey(key).list().stream()
        .filter(t -> orderId == null || orderId.equals(tasks.getVariable(t.getId(), "orderId"))).findFirst()
        .orElseThrow(() -> new AssertionError(key + " of " + orderId + " not open"));
    Map<String, Object> variables = new HashMap<>(values);
    if (key.endsWith("Decides")) {
      for (String tier : List.of("deliverOrders", "choiceOrders", "delayOrders")) {
        variables.put(tier, SpinValues.jsonValue(runtime.getVariable(alert, tier).toString()).create());
      }
    }
    tasks.complete(task.getId(), variables);
  }
}
