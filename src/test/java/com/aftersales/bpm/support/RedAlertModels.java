package com.aftersales.bpm.support;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.test.Deployment;

/**
 * Base of the red alert's process tests: its model, its two tables, the compensation table and the success manager table,
 * deployed from this one list (the engine's test helper reads {@code @Deployment} from a test's
 * superclasses), so a table the model starts to call is added once, not in every test class.
 */
@Deployment(resources = {
    "processes/red-alert.bpmn",
    "processes/red-alert-windows.dmn",
    "processes/delivery-options.dmn",
    "processes/compensation-approval.dmn",
    "processes/customer-success.dmn"})
public abstract class RedAlertModels {

  /** When the tests' problems are found: 03:00 on a Monday in the centre's zone, before the day's deliveries. */
  protected static final Instant FOUND = Instant.parse("2026-03-01T19:00:00Z");

  /**
   * Sales, delivery and service each confirm the same proposal: the orders delivered as planned,
   * those left to the customer's choice, and those delayed.
   */
  protected static void partiesDecide(RedAlertDriver a, List<String> deliver, List<String> choice, List<String> delay) {
    for (String party : List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides")) {
      a.decide(party, deliver, choice, delay);
    }
  }
}
