package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.support.RedAlertDriver.orderIds;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RedAlertDriver;
import com.aftersales.bpm.support.RedAlertModels;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The red alert's decision when the 30-minute window is missed (taken over by the managers, or
 * still finished by the three parties) and a plan the form gets wrong. The decided-in-time path
 * is {@link RedAlertProcessTest}.
 */
class RedAlertMissedWindowTest extends RedAlertModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageAtLeast(0.51); // the late conversation's and replacement's alerts: RedAlertOverdueAlertsTest

  @Test
  void aMissedWindowIsTakenOverByTheManagers() {
    RedAlertDriver a = RedAlertDriver.raise("RA-LATE", FOUND, FOUND.plusSeconds(60), "NONE", "MINOR", "MAJOR");
    a.runAsyncJobs();
    a.advanceTo(a.minutes(20));
    a.decide("Task_SalesDecides", orderIds(1, 1), orderIds(2, 2), orderIds(3, 3));

    a.advanceTo(a.minutes(31));
    execute(a.timer("StartEvent_WindowMissed"));
    assertThat(a.alert).isWaitingAt("Task_DeliveryDecides", "Task_ServiceDecides", "Task_TakeDecisionOver");
    assertThat(a.task("Task_TakeDecisionOver")).hasCandidateGroup("store-manager").hasCandidateGroup("regional-manager");
    a.runAsyncJobs();
    Assertions.assertThat(engine.notifications().all()).last().extracting(Notification::channel, Notification::recipient)
        .containsExactly("URGENT", "store-manager,regional-manager");

    a.advanceTo(a.minutes(40));
    // the managers move the minor car to a delay
    a.decide("Task_TakeDecisionOver", orderIds(1, 1), List.of(), orderIds(2, 3));
    assertThat(a.alert).hasPassed("EndEvent_DecisionTakenOver", "Event_ManagersDecided", "Task_RecordDecision")
        .hasNotPassed("EndEvent_DecidedByParties");
    Assertions.assertThat(a.tasks("Task_DeliveryDecides")).as("the parties' tasks end with the decision").isEmpty();
    Assertions.assertThat(a.variable("decidedBy")).isEqualTo("MANAGERS");
    Assertions.assertThat(a.variable("decidedInWindow")).isEqualTo(false);
    Assertions.assertThat(a.variable("decisionMinutes")).isEqualTo(40L);
    Assertions.assertThat(taskService().getVariable(a.task("Task_OfferOptions", "O-02").getId(), "tier"))
        .as("the decided tier, with its options").isEqualTo("DELAY");
    Assertions.assertThat(taskService().getVariable(a.task("Task_OfferOptions", "O-02").getId(), "offeredOptions"))
        .isEqualTo("WAIT,CANCEL");
  }

  /**
   * The managers' alert of the missed window is still owed when the parties decide before its job
   * ran (seconds normally; hours, retried, while the mail server is down): ending the decision
   * deleted it with its retries and its incident. It is sent outside the decision (nothing lost).
   */
  @Test
  void aMissedWindowStillLetsTheThreePartiesFinish() {
    RedAlertDriver a = RedAlertDriver.raise("RA-LATE-2", FOUND, FOUND.plusSeconds(60), "NONE", "MINOR");
    a.advanceTo(a.minutes(35));
    execute(a.timer("StartEvent_WindowMissed"));
    a.decide("Task_SalesDecides", orderIds(1, 1), orderIds(2, 2), List.of());
    a.decide("Task_DeliveryDecides", orderIds(1, 1), orderIds(2, 2), List.of());
    a.decide("Task_ServiceDecides", orderIds(1, 2), List.of(), List.of());
    assertThat(a.alert).hasPassed("EndEvent_DecidedByParties").hasNotPassed("EndEvent_DecisionTakenOver");
    Assertions.assertThat(a.tasks("Task_TakeDecisionOver")).isEmpty();
    a.runAsyncJobs();
    Assertions.assertThat(engine.notifications().all()).as("the managers are still told the window was missed")
        .extracting(Notification::channel, Notification::recipient)
        .contains(org.assertj.core.groups.Tuple.tuple("URGENT", "store-manager,regional-manager"));
    Assertions.assertThat(a.variable("decidedBy")).isEqualTo("PARTIES");
    Assertions.assertThat(a.variable("decidedInWindow")).isEqualTo(false);
    Assertions.assertThat(a.tasks("Task_DeliverCar")).as("the last party's tiers stand").hasSize(2);
  }

  @Test
  void aPlanThatLeavesAnOrderOutOrTwiceIsRefused() {
    RedAlertDriver a = RedAlertDriver.raise("RA-BAD", FOUND, FOUND.plusSeconds(60), "NONE", "MINOR", "MAJOR");
    Assertions.assertThatThrownBy(() -> a.decide("Task_SalesDecides", orderIds(1, 2), orderIds(2, 2), List.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("O-02 is in 2 tiers")
        .hasMessageContaining("O-03 has no tier");
    Assertions.assertThatThrownBy(() -> a.decide("Task_SalesDecides", orderIds(1, 3), List.of("X-1"), List.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("X-1 is not an order of this alert");
    assertThat(a.alert).isWaitingAt("Task_SalesDecides");
  }
}
