package com.aftersales.bpm.promise;

import static com.aftersales.bpm.support.PromiseChecklistDriver.item;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import com.aftersales.bpm.promise.PromiseModel;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.PromiseChecklistDriver;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of customerPromiseChecklist on the in-memory engine, with the real model bean over the
 * real customer_promise table (created in the engine's database from migration V7).
 */
@Deployment(resources = {"processes/customer-promise-checklist.bpmn", "processes/promise-policy.dmn"})
class CustomerPromiseChecklistProcessTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageAtLeast(0.9).clockAt(NOW);

  private PromiseChecklistDriver checklists;

  @BeforeEach
  void setUp() {
    checklists = PromiseChecklistDriver.on(engine);
  }

  @Test
  void standardPromisesAreRecordedAtOnceAndTheChecklistEnds() {
    ProcessInstance checklist = start("CL-P-1", item(PromiseKind.FREE_SERVICE, "first maintenance free", "300"),
        item(PromiseKind.SERVICE, "free pick-up", "1000"));

    assertThat(checklist).isEnded().hasPassed("EndEvent_PromiseRecorded", "EndEvent_ChecklistChecked")
        .hasNotPassed("Task_PreApprovePromise");
    Assertions.assertThat(checklists.table.ofChecklist("CL-P-1")).extracting(CustomerPromise::policy, CustomerPromise::state)
        .containsExactly(Assertions.tuple("STANDARD", PromiseState.RECORDED), Assertions.tuple("STANDARD", PromiseState.RECORDED));
    Assertions.assertThat(engine.notifications().all()).isEmpty();
  }

  @Test
  void aSpecialPromiseWaitsForTheServiceManagerWhoApprovesItAndSalesIsTold() {
    ProcessInstance checklist = start("CL-P-2", item(PromiseKind.FREE_SERVICE, "first maintenance free", "300"),
        item(PromiseKind.TIME, "any part within 24 hours", "0"));

    Task approval = task("Task_PreApprovePromise", checklist);
    // due as promisePolicy says for a special promise: 4 hours after the checklist was recorded
    Assertions.assertThat(taskService().getVariable(approval.getId(), "preApprovalWithin")).isEqualTo("PT4H");
    assertThat(approval).hasCandidateGroup("service-manager").hasDueDate(Date.from(NOW.minus(Duration.ofHours(1))
        .plus(Duration.ofHours(4))));
    Assertions.assertThat(taskService().getVariable(approval.getId(), "promiseInWords")).asString()
        .contains("Time promise / 时间承诺: any part within 24 hours").contains("Awaiting the service manager's approval");
    Assertions.assertThat(taskService().getVariable(approval.getId(), "customerPromisesInWords")).asString()
        .contains("first maintenance free").contains("any part within 24 hours");
    Assertions.assertThat(checklists.states("CL-P-2")).containsExactly(PromiseState.RECORDED, PromiseState.AWAITING_APPROVAL);

    // the SLA timer fires when the task falls due
    Assertions.assertThat(ProcessTestSupport.job(checklist, "Timer_PreApprovalDue").getDuedate())
        .isEqualTo(approval.getDueDate());
    // computed once by the policy task: the task, the timer and the overdue alert read the same instant
    Assertions.assertThat(taskService().getVariable(approval.getId(), "preApprovalDue")).isEqualTo(approval.getDueDate());

    complete(approval, Map.of("promiseDecision", "APPROVED", "promiseDecisionReason", "stocked locally"));
    Assertions.assertThat(checklists.states("CL-P-2")).containsExactly(PromiseState.RECORDED, PromiseState.APPROVED);
    Assertions.assertThat(ProcessTestSupport.job(checklist, "Timer_PreApprovalDue")).as("decided in time: no timer")
        .isNull();
    assertThat(checklist).isNotEnded();
    Notifications.deliverAll(checklist);

    assertThat(checklist).isEnded().hasPassed("Task_RecordPromiseDecision", "Task_NotifySalesAdvisor",
        "EndEvent_SalesAdvisorNotified", "EndEvent_PromiseDecided", "EndEvent_PromiseRecorded");
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::recipient).containsExactly("sales.li");
    Assertions.assertThat(engine.notifications().all().get(0).subject()).contains("Approved / 已批准").contains("SO-CL-P-2");
    Assertions.assertThat(engine.notifications().all().get(0).message()).contains("any part within 24 hours")
        .contains("stocked locally");
    Assertions.assertThat(checklists.table.ofChecklist("CL-P-2").get(1).decidedAt()).isEqualTo(NOW);
    assertThat(checklist).hasNotPassed("Timer_PreApprovalDue", "Task_NotifyStoreManagerOverdue");
  }

  @Test
  void whenTheWindowPassesUndecidedTheStoreManagerIsAlertedAndSalesWarnedOnceAndTheTaskStaysOpen() {
    ProcessInstance checklist = start("CL-P-5", item(PromiseKind.TIME, "any part within 24 hours", "0"));

    checklists.passPreApprovalWindow(checklist);
    Assertions.assertThat(Notifications.deliverAll(checklist)).isEqualTo(2);

    assertThat(checklist).isWaitingAt("Task_PreApprovePromise").hasPassed("Timer_PreApprovalDue",
        "Task_NotifyStoreManagerOverdue", "EndEvent_StoreManagerAlerted", "Task_NotifySalesAdvisorNotYetApproved",
        "EndEvent_SalesAdvisorWarned");
    Assertions.assertThat(ProcessTestSupport.job(checklist, "Timer_PreApprovalDue")).as("fires once").isNull();
    Notification storeManager = sentTo("store-manager");
    Assertions.assertThat(storeManager.subject()).contains("Promise pre-approval overdue").contains("SO-CL-P-5");
    // due 4 hours after the checklist was recorded at 08:00 UTC: 20:00 in the centre (Asia/Shanghai)
    Assertions.assertThat(storeManager.message()).contains("Time promise / 时间承诺: any part within 24 hours")
        .contains("Awaiting the service manager's approval").contains("2026-11-23 20:00")
        .doesNotContain("AWAITING_APPROVAL").doesNotContain("PT4H");
    Notification sales = sentTo(PromiseChecklistDriver.SALES_ADVISOR);
    Assertions.assertThat(sales.subject()).contains("Promise not approved yet").contains("SO-CL-P-5");
    Assertions.assertThat(sales.message()).contains("any part within 24 hours")
        .contains("do not make this promise to the customer").doesNotContain("AWAITING_APPROVAL");
    Assertions.assertThat(checklists.states("CL-P-5")).containsExactly(PromiseState.AWAITING_APPROVAL);

    Task approval = task("Task_PreApprovePromise", checklist);
    assertThat(approval).hasCandidateGroup("service-manager");
    complete(approval, Map.of("promiseDecision", "APPROVED", "promiseDecisionReason", "stocked locally"));
    Notifications.deliverAll(checklist);

    assertThat(checklist).isEnded().hasPassed("EndEvent_SalesAdvisorNotified", "EndEvent_PromiseDecided");
    Assertions.assertThat(checklists.states("CL-P-5")).containsExactly(PromiseState.APPROVED);
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::recipient)
        .containsExactlyInAnyOrder("store-manager", "sales.li", "sales.li");
  }

  @Test
  void aCustomerConfirmingWhileThePreApprovalIsOpenAlertsTheStoreManagerAndTheManagerStillDecides() {
    ProcessInstance checklist = start("CL-P-6", item(PromiseKind.FREE_SERVICE, "first maintenance free", "300"),
        item(PromiseKind.TIME, "any part within 24 hours", "0"));

    ChecklistConfirmed confirmed = checklists.confirm("CL-P-6", NOW.minus(Duration.ofMinutes(30)));

    Assertions.assertThat(confirmed.items()).extracting(ChecklistConfirmed.Item::madeBeforeApproval).containsExactly(false, true);
    Assertions.assertThat(ProcessTestSupport.job(checklist, "Task_NotifyConfirmedBeforeApproval"))
        .as("delivered after the confirmation commits").isNotNull();
    Assertions.assertThat(Notifications.deliverAll(checklist)).isEqualTo(1);
    assertThat(checklist).isWaitingAt("Task_PreApprovePromise").hasPassed("StartEvent_CustomerConfirmed",
        "Task_NotifyConfirmedBeforeApproval", "EndEvent_ConfirmedBeforeApprovalAlerted");
    Notification alert = sentTo("store-manager");
    Assertions.assertThat(alert.subject()).contains("Promise made before its pre-approval").contains("SO-CL-P-6");
    // confirmed at 08:30 UTC: 16:30 in the centre
    Assertions.assertThat(alert.message()).contains("any part within 24 hours").contains("2026-11-23 16:30")
        .contains("made before the service manager decided them").contains("Awaiting the service manager's approval")
        .doesNotContain("first maintenance free");

    complete(task("Task_PreApprovePromise", checklist), Map.of("promiseDecision", "REFUSED",
        "promiseDecisionReason", "supply takes 5 days"));
    Notifications.deliverAll(checklist);
    assertThat(checklist).isEnded();
    Assertions.assertThat(checklists.table.ofChecklist("CL-P-6")).extracting(CustomerPromise::state,
        CustomerPromise::madeBeforeApproval).containsExactly(Assertions.tuple(PromiseState.RECORDED, false),
        Assertions.tuple(PromiseState.REFUSED, true));
  }

  @Test
  void aChangedPromiseKeepsTheManagersTextAndARefusedOneIsNotOpen() {
    ProcessInstance checklist = start("CL-P-3", item(PromiseKind.SERVICE, "lifetime free maintenance", "8000"),
        item(PromiseKind.PRICE, "20% off every repair", "2000"), item(PromiseKind.OTHER, "free charging card", "0"));
    List<Task> approvals = taskQuery().processInstanceId(checklist.getId()).list();
    Assertions.assertThat(approvals).hasSize(3);
    Assertions.assertThat(taskService().getVariable(approvals.get(0).getId(), "promiseDecision"))
        .as("nothing pre-selected").isNull();

    Task lifetime = PromiseChecklistDriver.approval(approvals, "CL-P-3#1");
    Task price = PromiseChecklistDriver.approval(approvals, "CL-P-3#2");
    Task card = PromiseChecklistDriver.approval(approvals, "CL-P-3#3");

    complete(lifetime, Map.of("promiseDecision", "CHANGED", "promiseDecisionReason",
        "we keep the first three services free", "changedPromise", "first three services free"));
    Assertions.assertThat(taskService().getVariable(price.getId(), "promiseDecision"))
        .as("one promise's choice is not another's").isNull();
    complete(price, Map.of("promiseDecision", "REFUSED", "promiseDecisionReason", "price promises are not ours to give"));
    complete(card, Map.of("promiseDecision", "APPROVED", "promiseDecisionReason", "ok"));
    Notifications.deliverAll(checklist);

    assertThat(checklist).isEnded();
    Assertions.assertThat(checklists.states("CL-P-3")).containsExactly(PromiseState.CHANGED, PromiseState.REFUSED, PromiseState.APPROVED);
    CustomerPromise changed = checklists.table.ofChecklist("CL-P-3").get(0);
    Assertions.assertThat(changed.promised()).isEqualTo("first three services free");
    String open = checklists.promises().openInWords("C-CL-P-3");
    Assertions.assertThat(open).contains("first three services free").contains("free charging card")
        .doesNotContain("20% off").doesNotContain("lifetime free maintenance");
    Assertions.assertThat(engine.notifications().all()).hasSize(3);
  }

  @Test
  void aPromisePastItsLastDayIsNoLongerOpen() {
    start("CL-P-4", new CustomerPromiseChecklist.Item(PromiseKind.FREE_SERVICE, "free wash", new BigDecimal("50"),
        LocalDate.of(2026, 11, 22)));

    Assertions.assertThat(checklists.promises().openInWords("C-CL-P-4"))
        .isEqualTo("No open sales promises / 无未兑现的销售承诺");
  }

  private Notification sentTo(String recipient) {
    List<Notification> sent = engine.notifications().all().stream().filter(n -> recipient.equals(n.recipient())).toList();
    Assertions.assertThat(sent).as("notifications to %s", recipient).hasSize(1);
    return sent.get(0);
  }

  private ProcessInstance start(String checklistId, CustomerPromiseChecklist.Item... items) {
    return checklists.start(checklistId, NOW.minus(Duration.ofHours(1)), items);
  }
}
