package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Customers accept waiting, not being ignored" (SPEC 2): until the customer's expectation is set
 * (the first conversation, SPEC 2.2) nobody updates them, so it is due within the level's
 * {@code expectationWithin} after the report (partsRiskLevel: 1 hour for L1 and VIP, seed 003's good
 * case; 4 hours for L3) and a miss is told at once (the store manager for L1 and VIP, the service
 * manager otherwise) while the task stays with those who give the updates.
 */
class PartsFirstConversationTest extends PartsModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void anL3CustomerNotToldWithinFourHoursIsToldToTheServiceManager() {
    PartsOrderDriver o = PartsOrderDriver.report("RO-UNTOLD", DAY0, "MINOR", false);
    Assertions.assertThat(o.deadlineOf("Task_SetExpectation", "Timer_ExpectationDue"))
        .isEqualTo(DAY0.plus(Duration.ofHours(4)));

    o.advanceTo(DAY0.plus(Duration.ofHours(4)).plusSeconds(60));

    assertThat(o.order).hasPassed("EndEvent_ExpectationLateNotified").isWaitingAt("Task_SetExpectation")
        .variables().containsEntry("slaBreached", true);
    assertThat(o.open("Task_SetExpectation")).hasCandidateGroup("service-advisor");
    Assertions.assertThat(engine.notifications().all()).singleElement().satisfies(n -> {
      Assertions.assertThat(n.recipient()).isEqualTo("service-manager");
      Assertions.assertThat(n.subject()).contains("No first conversation yet", "RO-UNTOLD");
    });
    o.setExpectation("2026-03-06");
    assertThat(o.order).hasPassed("Task_SetExpectation");
  }

  @Test
  void anL1CustomerNotToldWithinAnHourIsToldToTheStoreManager() {
    PartsOrderDriver o = PartsOrderDriver.report("RO-L1-UNTOLD", DAY0, "CANNOT_DRIVE", false);
    o.complete("Task_ManagerTakeOver", "apologyCallDone", true, "mobilityArranged", "LOANER");

    o.advanceTo(DAY0.plus(Duration.ofMinutes(61)));

    assertThat(o.order).hasPassed("EndEvent_ExpectationLateNotified").isWaitingAt("Task_SetExpectation");
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::recipient)
        .containsExactly("service-manager", "store-manager"); // the take-over notice, then the late conversation
  }

  @Test
  void anExpectationSetInTimeRemovesItsTimer() {
    PartsOrderDriver o = PartsOrderDriver.report("RO-TOLD", DAY0, "MINOR", false);
    o.setExpectation("2026-03-06");
    o.advanceTo(DAY0.plus(Duration.ofHours(5)));

    assertThat(o.order).hasNotPassed("Task_NotifyExpectationLate");
    Assertions.assertThat(managementService().createJobQuery().activityId("Timer_ExpectationDue")
        .processInstanceId(o.order.getId()).count()).isZero();
    Assertions.assertThat(engine.notifications().all()).isEmpty();
  }
}
