package com.aftersales.bpm.api;

import com.aftersales.bpm.support.Http;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * A part-shortage order as the application tests start it: reported through the intake
 * ({@link EarlyEventsApiTest#report}: reported two hours ago), and, when the test needs it waiting
 * for the part, with the customer's expectation set ({@link ConcurrentEventsApiTest#EXPECTATION}).
 */
final class ReportedOrders {

  private ReportedOrders() {}

  /** @return the order's process instance id, once the intake answered 201 */
  static String reported(Http http, RuntimeService runtime, String repairOrderId, String condition, String partNumber) {
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages",
        EarlyEventsApiTest.report(repairOrderId, condition, partNumber)).statusCode()).isEqualTo(201);
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(repairOrderId).singleResult().getId();
  }

  /** An L3 order {@link #reported} whose customer's expectation is set: it waits for the part. */
  static String waitingForPart(Http http, RuntimeService runtime, TaskService tasks, String repairOrderId,
      String partNumber) {
    String order = reported(http, runtime, repairOrderId, "MINOR", partNumber);
    EarlyPostRepairSurveyApiTest.complete(tasks, order, "Task_SetExpectation", ConcurrentEventsApiTest.EXPECTATION);
    return order;
  }
}
