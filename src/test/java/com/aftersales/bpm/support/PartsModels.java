package com.aftersales.bpm.support;

import java.time.Instant;
import org.camunda.bpm.engine.test.Deployment;

/**
 * Base of the parts-shortage escalation's process tests: its model and the tables it calls,
 * deployed from this one list (the engine's test helper reads {@code @Deployment} from a test's
 * superclasses), so a table the model starts to call is added once, not in every test class.
 */
@Deployment(resources = {
    "processes/parts-shortage-escalation.bpmn",
    "processes/parts-risk-level.dmn",
    "processes/customer-success.dmn",
    "processes/crisis-signals.dmn",
    "processes/compensation-approval.dmn"})
public abstract class PartsModels {

  /** When the tests' orders are reported: a Monday, 17:00 in the centre's zone. */
  protected static final Instant DAY0 = Instant.parse("2026-03-02T09:00:00Z");

  /** A minor fault (L3, updated by the service advisor) reported on DAY0, promised for 4 March, a day on. */
  protected static PartsOrderDriver waitingOrder(String repairOrderId) {
    PartsOrderDriver o = PartsOrderDriver.report(repairOrderId, DAY0, "MINOR", false);
    o.setExpectation("2026-03-04");
    o.advanceTo(o.at(1));
    return o;
  }
}
