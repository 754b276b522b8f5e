package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.support.RedAlertDriver.orderIds;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.Deadlines;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RedAlertDriver;
import com.aftersales.bpm.support.RedAlertModels;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seed 000: each affected customer is talked to before the car was to be delivered, and a waiting
 * customer gets the replacement on the day promised. Late, the store manager hears of it once per
 * order, the task stays open, and the alert goes out even when the order moved on before its job ran.
 */
class RedAlertOverdueAlertsTest extends RedAlertModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageAtLeast(0.5);

  /** Two minor orders, the three parties confirming the proposal (the customer chooses) in time. */
  private static RedAlertDriver decided(String alertId) {
    RedAlertDriver a = RedAlertDriver.raise(alertId, FOUND, FOUND.plusSeconds(60), "MINOR", "MINOR");
    a.runAsyncJobs();
    partiesDecide(a, List.of(), orderIds(1, 2), List.of());
    return a;
  }

  private static List<Notification> alertsTo(String recipient) {
    return engine.notifications().all().stream().filter(n -> recipient.equals(n.recipient())).toList();
  }

  private static List<Job> timers(RedAlertDriver a, String activityId) {
    return managementService().createJobQuery().processInstanceId(a.alert.getId()).activityId(activityId).timers().list();
  }

  @Test
  void aCustomerNotTalkedToByThePlannedDeliveryIsTheStoreManagersToKnowOncePerOrder() {
    RedAlertDriver a = decided("RA-UNTOLD");
    Task conversation = a.task("Task_OfferOptions", "O-01");
    Date deliveryAt = (Date) taskService().getVariable(conversation.getId(), "deliveryAt");
    Assertions.assertThat(timers(a, "Timer_ConversationOverdue")).as("one per order, at its planned delivery")
        .hasSize(2).allSatisfy(t -> Assertions.assertThat(t.getDuedate()).isEqualTo(deliveryAt));

    a.advanceTo(deliveryAt.toInstant().plusSeconds(60));
    timers(a, "Timer_ConversationOverdue").forEach(t -> execute(t));
    Assertions.assertThat(a.runAsyncJobs()).isEqualTo(2);
    Assertions.assertThat(alertsTo("store-manager")).as("each order's customer, by name").hasSize(2).allSatisfy(n -> {
      Assertions.assertThat(n.channel()).isEqualTo("ALERT");
      Assertions.assertThat(n.subject()).contains("RA-UNTOLD", "Customer not talked to");
    }).extracting(Notification::subject).anySatisfy(s -> Assertions.assertThat(s).endsWith("客户01 · O-01"))
        .anySatisfy(s -> Assertions.assertThat(s).endsWith("客户02 · O-02"));
    Assertions.assertThat(a.task("Task_OfferOptions", "O-01").getId()).as("still owed, the same task")
        .isEqualTo(conversation.getId());
    assertThat(a.task("Task_OfferOptions", "O-01")).hasCandidateGroup("sales");

    // above the tier's authority: sent back, the conversation is offered again after the planned delivery
    a.offer("O-01", "ACCEPT", 3000L, "asks for more");
    a.complete(a.task("Task_ApproveCompensation"), "approvalDecision", "SENT_BACK", "approvalComment", "the package is 600");
    execute(timers(a, "Timer_ConversationOverdue").stream().filter(t -> t.getExecutionId() != null)
        .filter(t -> "O-01".equals(runtimeService().getVariable(t.getExecutionId(), "orderId"))).findFirst().orElseThrow());
    assertThat(a.alert).hasPassed("EndEvent_ConversationAlertAlreadySent");
    Assertions.assertThat(a.runAsyncJobs()).as("the store manager was told already").isZero();
    Assertions.assertThat(alertsTo("store-manager")).hasSize(2);
  }

  @Test
  void theConversationAlertGoesOutWhenTheOrderIsSettledBeforeItsJobRan() {
    RedAlertDriver a = RedAlertDriver.raise("RA-TOLD-LATE", FOUND, FOUND.plusSeconds(60), "MINOR");
    a.runAsyncJobs();
    partiesDecide(a, List.of(), orderIds(1, 1), List.of());
    a.advanceTo(a.minutes(8 * 60));
    execute(a.timer("Timer_ConversationOverdue"));
    a.offer("O-01", "ACCEPT", 600L, "fine with the package");
    a.complete(a.task("Task_DeliverCar", "O-01"), "deliveryNote", "delivered with the package");
    assertThat(a.alert).hasPassed("Task_RecordSettledOrder").isNotWaitingAt("Task_ThreePartyReview");

    Assertions.assertThat(a.runAsyncJobs()).as("the alert and the survey invitation").isEqualTo(2);
    Assertions.assertThat(alertsTo("store-manager")).singleElement().extracting(Notification::subject).asString()
        .contains("Customer not talked to", "O-01");
    assertThat(a.alert).isWaitingAt("Task_ThreePartyReview").hasPassed("EndEvent_ConversationOverdueAlertSent");
  }

  @Test
  void aConversationHeldInTimeIsNoAlert() {
    RedAlertDriver a = decided("RA-TOLD");
    a.advanceTo(a.minutes(90));
    a.offer("O-01", "CANCEL", 0L, "no longer wants it");
    Assertions.assertThat(timers(a, "Timer_ConversationOverdue")).as("only the other order's").hasSize(1);
    assertThat(a.alert).hasNotPassed("Timer_ConversationOverdue");
  }

  /** A supply alert's order has no planned delivery: its conversation is due at no time, and never alerts. */
  @Test
  void aSupplyOrdersConversationHasNoDeadline() {
    RedAlertDriver a = RedAlertDriver.raiseSupply("RA-SUPPLY-DUE", FOUND, FOUND.plusSeconds(60), "L3");
    partiesDecide(a, List.of(), List.of("R-01"), List.of());
    Assertions.assertThat(a.task("Task_OfferOptions", "R-01").getDueDate()).as("as before: no due date").isNull();
    Assertions.assertThat(a.timer("Timer_ConversationOverdue").getDuedate()).isEqualTo(Date.from(Deadlines.NEVER));
  }

  @Test
  void aReplacementNotDeliveredByTheEndOfThePromisedDayIsTheStoreManagersToKnow() {
    RedAlertDriver a = decided("RA-REPLACEMENT");
    a.advanceTo(a.minutes(90));
    a.offer("O-01", "WAIT", 0L, "wants a perfect car");
    a.complete(a.task("Task_ArrangeWait", "O-01"), "replacementDate", "2026-03-05", "loanerDays", 3L);
    Task delivery = a.task("Task_DeliverReplacement", "O-01");
    Instant endOfDay = Instant.parse("2026-03-06T00:00:00Z"); // the centre is UTC in the process tests
    Assertions.assertThat(a.timer("Timer_ReplacementOverdue").getDuedate()).as("when the task falls due")
        .isEqualTo(Date.from(endOfDay)).isEqualTo(delivery.getDueDate());

    a.advanceTo(endOfDay.plus(Duration.ofMinutes(1)));
    execute(a.timer("Timer_ReplacementOverdue"));
    Assertions.assertThat(a.task("Task_DeliverReplacement", "O-01").getId()).as("still owed, the same task")
        .isEqualTo(delivery.getId());
    // delivered before the alert's job ran (the mail server down): the alert still goes out
    a.complete(delivery, "deliveryNote", "replacement delivered a day late");
    assertThat(a.alert).hasPassed("Task_RecordSettledOrder");
    a.runAsyncJobs();
    Assertions.assertThat(alertsTo("store-manager")).singleElement().satisfies(n -> {
      Assertions.assertThat(n.channel()).isEqualTo("ALERT");
      Assertions.assertThat(n.subject()).contains("RA-REPLACEMENT", "Replacement car late", "客户01 · O-01");
      Assertions.assertThat(n.message()).contains("2026-03-05");
    });
    assertThat(a.alert).hasPassed("EndEvent_ReplacementOverdueAlertSent");
  }
}
