package com.aftersales.bpm.promise;

import static com.aftersales.bpm.support.PromiseChecklistDriver.item;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.PromiseChecklistDriver;
import java.time.Duration;
import java.time.Instant;
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
 * The customer's confirmation of a checklist (ADR 0039) on the in-memory engine: a promise made
 * before its approval and not approved as made (still awaiting, refused or changed after the
 * customer signed) is for the store manager to settle; one alert per confirmation lists them all,
 * whether the checklist's process still runs or not. A checklist posted in one step is a draft
 * confirmed at once.
 */
@Deployment(resources = {"processes/customer-promise-checklist.bpmn", "processes/promise-policy.dmn"})
class CustomerConfirmationProcessTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final Instant RECORDED = NOW.minus(Duration.ofHours(1));

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageAtLeast(0.7).clockAt(NOW);

  private PromiseChecklistDriver checklists;

  @BeforeEach
  void setUp() {
    checklists = PromiseChecklistDriver.on(engine);
  }

  @Test
  void onlyThePromiseStillAwaitingItsPreApprovalAlertsTheStoreManager() {
    ProcessInstance checklist = checklists.start("CL-C-1", RECORDED, item(PromiseKind.TIME, "any part within 24 hours", "0"),
        item(PromiseKind.PRICE, "20% off every repair", "2000"));
    List<Task> approvals = taskQuery().processInstanceId(checklist.getId()).list();
    complete(PromiseChecklistDriver.approval(approvals, "CL-C-1#1"), Map.of("promiseDecision", "APPROVED",
        "promiseDecisionReason", "stocked locally"));

    checklists.confirm("CL-C-1", NOW.plus(Duration.ofMinutes(5)));
    Notifications.deliverAll(checklist);

    List<Notification> alerts = sentTo("store-manager");
    Assertions.assertThat(alerts).singleElement().satisfies(alert -> Assertions.assertThat(alert.message())
        .contains("20% off every repair").doesNotContain("any part within 24 hours"));
    Assertions.assertThat(sentTo(PromiseChecklistDriver.SALES_ADVISOR)).as("the decision").hasSize(1);
    assertThat(checklist).isWaitingAt("Task_PreApprovePromise").hasPassed("EndEvent_ConfirmedBeforeApprovalAlerted");
    Assertions.assertThat(checklists.table.ofChecklist("CL-C-1")).extracting(CustomerPromise::madeBeforeApproval)
        .as("the approved one was promised after its approval").containsExactly(false, true);
  }

  /** The service manager's form says the promise is already made once the customer signed, and not before. */
  @Test
  void thePreApprovalFormSaysWhenTheCustomerSignedOnceTheyHave() {
    ProcessInstance checklist = checklists.start("CL-C-9", RECORDED, item(PromiseKind.PRICE, "20% off every repair", "2000"));
    String approval = task("Task_PreApprovePromise", checklist).getId();
    String words = PromiseVariables.CUSTOMER_CONFIRMED_IN_WORDS.name();
    Assertions.assertThat(taskService().getVariable(approval, words)).as("a draft: the form hides the field").isNull();

    checklists.confirm("CL-C-9", NOW.plus(Duration.ofMinutes(5)));

    Assertions.assertThat((String) taskService().getVariable(approval, words))
        .startsWith("客户已于 2026-11-23 09:05 签字确认清单").contains("made before your decision");
  }

  @Test
  void aConfirmationWhenNoPreApprovalWaitsOnlyUpdatesTheRows() {
    ProcessInstance checklist = checklists.start("CL-C-2", RECORDED, item(PromiseKind.TIME, "any part within 24 hours", "0"));
    complete(task("Task_PreApprovePromise", checklist), Map.of("promiseDecision", "APPROVED",
        "promiseDecisionReason", "stocked locally"));
    assertThat(checklist).as("running: the sales advisor is not told yet").isNotEnded();

    ChecklistConfirmed confirmed = checklists.confirm("CL-C-2", NOW.plus(Duration.ofMinutes(5)));
    Notifications.deliverAll(checklist);
    ProcessInstance standard = checklists.start("CL-C-3", RECORDED, item(PromiseKind.FREE_SERVICE, "free wash", "50"));
    assertThat(standard).isEnded();
    checklists.confirm("CL-C-3", NOW);

    Assertions.assertThat(confirmed.madeBeforeApproval()).isZero();
    assertThat(checklist).isEnded().hasNotPassed("StartEvent_CustomerConfirmed");
    Assertions.assertThat(sentTo("store-manager")).isEmpty();
    Assertions.assertThat(checklists.table.ofChecklist("CL-C-2").get(0).customerConfirmedAt())
        .isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    Assertions.assertThat(checklists.table.ofChecklist("CL-C-3").get(0).customerConfirmedAt()).isEqualTo(NOW);
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("CL-C-3").count())
        .isZero();
  }

  @Test
  void aChecklistPostedInOneStepRaisesTheSameAlertAndStaysWithTheManager() {
    ProcessInstance checklist = checklists.startConfirmed("CL-C-4", RECORDED,
        item(PromiseKind.SERVICE, "lifetime free maintenance", "8000"));

    Assertions.assertThat(Notifications.deliverAll(checklist)).isEqualTo(1);

    Assertions.assertThat(sentTo("store-manager")).singleElement().satisfies(alert -> Assertions
        .assertThat(alert.subject()).contains("SO-CL-C-4"));
    assertThat(checklist).isWaitingAt("Task_PreApprovePromise").hasPassed("StartEvent_CustomerConfirmed");
    Assertions.assertThat(runtimeService().getVariable(checklist.getId(), PromiseVariables.CUSTOMER_CONFIRMED_AT.name()))
        .isEqualTo(java.util.Date.from(RECORDED));
  }

  @Test
  void twentyFivePromisesConfirmedBeforeApprovalMakeOneAlertNamingThemAll() {
    CustomerPromiseChecklist.Item[] items = new CustomerPromiseChecklist.Item[25];
    for (int i = 0; i < items.length; i++) {
      items[i] = item(PromiseKind.TIME, "P%02d".formatted(i + 1), "0");
    }
    ProcessInstance checklist = checklists.start("CL-C-25", RECORDED, items);

    checklists.confirm("CL-C-25", NOW);

    Assertions.assertThat(Notifications.deliverAll(checklist)).isOne();
    Assertions.assertThat(managementService().createJobQuery().withException().count()).as("failed jobs").isZero();
    Assertions.assertThat(sentTo("store-manager")).singleElement().satisfies(alert -> {
      for (int i = 1; i <= 25; i++) {
        Assertions.assertThat(alert.message()).contains("P%02d".formatted(i));
      }
    });
    Assertions.assertThat(taskQuery().processInstanceId(checklist.getId()).count()).as("all still to decide").isEqualTo(25);
  }

  @Test
  void promisesRefusedOrChangedAfterTheCustomerSignedAreNamedOnceAndAnApprovedOneIsNot() {
    ProcessInstance checklist = checklists.start("CL-C-5", RECORDED, item(PromiseKind.PRICE, "20% off every repair", "2000"),
        item(PromiseKind.TIME, "any part within 24 hours", "0"), item(PromiseKind.OTHER, "a free roof box", "0"));
    PromiseChecklistDriver.decide(checklist, "CL-C-5#1", "REFUSED", null);
    PromiseChecklistDriver.decide(checklist, "CL-C-5#2", "CHANGED", "parts within 3 working days");
    PromiseChecklistDriver.decide(checklist, "CL-C-5#3", "APPROVED", null);

    // reported after the decisions, signed before them: the customer holds what was refused and changed
    checklists.confirm("CL-C-5", NOW.minus(Duration.ofMinutes(10)));
    Notifications.deliverAll(checklist);

    Assertions.assertThat(sentTo("store-manager")).singleElement().satisfies(alert -> Assertions.assertThat(alert.message())
        .contains("20% off every repair").contains("parts within 3 working days").contains("any part within 24 hours")
        .doesNotContain("a free roof box"));
    Assertions.assertThat(sentTo(PromiseChecklistDriver.SALES_ADVISOR)).as("the decisions").hasSize(3);
    assertThat(checklist).isEnded().hasPassed("Task_NotifyConfirmedBeforeApproval");
  }

  @Test
  void aChecklistWhoseProcessHasEndedStillAlertsTheStoreManager() {
    ProcessInstance checklist = checklists.start("CL-C-6", RECORDED, item(PromiseKind.PRICE, "20% off every repair", "2000"));
    PromiseChecklistDriver.decide(checklist, "CL-C-6#1", "REFUSED", null);
    Notifications.deliverAll(checklist);
    assertThat(checklist).isEnded();

    checklists.confirm("CL-C-6", NOW.minus(Duration.ofMinutes(10)));
    ProcessInstance alerting = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("CL-C-6")
        .singleResult();
    Assertions.assertThat(Notifications.deliverAll(alerting)).isOne();

    Assertions.assertThat(sentTo("store-manager")).singleElement().satisfies(alert -> {
      Assertions.assertThat(alert.subject()).contains("SO-CL-C-6");
      Assertions.assertThat(alert.message()).contains("20% off every repair").contains("C-CL-C-6");
      Assertions.assertThat(alert.businessKey()).isEqualTo("CL-C-6");
    });
    assertThat(alerting).isEnded().hasPassed("EndEvent_ConfirmedBeforeApprovalAlerted")
        .hasNotPassed("SubProcess_EachPromise");
  }

  private List<Notification> sentTo(String recipient) {
    return engine.notifications().all().stream().filter(n -> recipient.equals(n.recipient())).toList();
  }
}
