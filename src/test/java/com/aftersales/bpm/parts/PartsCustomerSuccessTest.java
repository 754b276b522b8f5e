package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.CaseHistoryReaders;
import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 6 (ADR 0031): a customer with a lifetime value over 500,000 CNY has a customer success
 * manager, who hears of the customer's parts-shortage order as it starts (the one the CRM names,
 * else the group customer-success) and again when the order escalates to a crisis; the order goes
 * on either way. A customer at 500,000 or without a value from the CRM has none. The success
 * manager, and only they, may read the order's history (ADR 0032).
 */
class PartsCustomerSuccessTest extends PartsModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded()
      .withUser("csmwang", Groups.CUSTOMER_SUCCESS);

  @Test
  void aCustomerOverFiveHundredThousandHasTheNamedManagerToldAndTheOrderGoesOn() {
    ClockUtil.setCurrentTime(Date.from(DAY0));
    var started = runtimeService().startProcessInstanceByKey(PartsModel.PROCESS, "RO-CSM-0",
        com.aftersales.bpm.support.PartShortages.report("RO-CSM-0", "MINOR").reportedAt(DAY0)
            .success(new BigDecimal("650000"), "csmwang").variables());
    assertThat(started).as("the order does not wait for the success manager's notification; a customer of such"
            + " value is a VIP (table vipCustomer), whom the manager takes over")
        .hasPassed("Task_CheckSuccessManager").isWaitingAt("Task_NotifyCustomerSuccess", "Task_ManagerTakeOver")
        .variables().containsEntry("successManaged", true).containsEntry("vipHandling", true);

    PartsOrderDriver o = PartsOrderDriver.report("RO-CSM-1", DAY0, "MINOR", false, new BigDecimal("650000"), "csmwang");

    assertThat(o.order).hasPassed("EndEvent_SuccessManagerNotified").isWaitingAt("Task_ManagerTakeOver");
    Notification told = toldOfSuccess("RO-CSM-1");
    Assertions.assertThat(told.channel()).isEqualTo("ALERT");
    Assertions.assertThat(told.recipient()).isEqualTo("csmwang");
    Assertions.assertThat(told.subject())
        .isEqualTo("客户成功 Customer success · 配件短缺 Part shortage · L3 general / L3 一般 · VIP · 张女士 · RO-CSM-1");
    Assertions.assertThat(told.message()).contains("your customer 张女士 (+86 139 0000 0000)")
        .contains("is waiting for Battery management module (BMS-1000)").contains("Handled by: Service manager");
    Assertions.assertThat(CaseHistoryReaders.of(o.order.getId())).as("ADR 0032: only they read its history")
        .containsExactly("user:csmwang");
  }

  @Test
  void withoutANamedManagerTheGroupIsToldAndAnL1OrderIsStillTakenOver() {
    PartsOrderDriver o = PartsOrderDriver.report("RO-CSM-2", DAY0, "CANNOT_DRIVE", false, new BigDecimal("2000000"), null);

    assertThat(o.order).hasPassed("EndEvent_SuccessManagerNotified", "EndEvent_TakeOverNotified")
        .isWaitingAt("Task_ManagerTakeOver");
    Assertions.assertThat(toldOfSuccess("RO-CSM-2").recipient()).isEqualTo("customer-success");
    Assertions.assertThat(CaseHistoryReaders.of(o.order.getId())).containsExactly("group:customer-success");
  }

  @Test
  void aCustomerAtFiveHundredThousandOrWithoutAValueHasNone() {
    for (PartsOrderDriver o : List.of(
        PartsOrderDriver.report("RO-CSM-3", DAY0, "MINOR", false, new BigDecimal("500000.00"), "csmwang"),
        PartsOrderDriver.report("RO-CSM-4", DAY0, "MINOR", false))) {
      assertThat(o.order).hasPassed("Task_CheckSuccessManager", "Gateway_SuccessManagerChecked")
          .hasNotPassed("Task_NotifyCustomerSuccess").isWaitingAt("Task_SetExpectation")
          .variables().containsEntry("successManaged", false);
      Assertions.assertThat(CaseHistoryReaders.of(o.order.getId())).as("no success manager reads it").isEmpty();
    }
    Assertions.assertThat(engine.notifications().all()).isEmpty();
  }

  @Test
  void aCrisisIsEscalatedToTheSuccessManagerToo() {
    PartsOrderDriver managed = crisis("RO-CSM-5", new BigDecimal("750000"), "csmwang");
    PartsOrderDriver ordinary = crisis("RO-CSM-6", new BigDecimal("90000"), null);

    Assertions.assertThat(engine.notifications().all()).filteredOn(n -> n.subject().startsWith("危机升级"))
        .extracting(Notification::businessKey, Notification::recipient)
        .containsExactlyInAnyOrder(Assertions.tuple("RO-CSM-5", "service-manager,regional-manager,csmwang"),
            Assertions.tuple("RO-CSM-6", "service-manager,regional-manager"));
    assertThat(managed.open("Task_ManagerCall")).hasCandidateGroup("service-manager");
    assertThat(ordinary.open("Task_ManagerCall")).hasCandidateGroup("service-manager");
  }

  /** An order waiting for its part whose customer complains and demands a date on one call. */
  private static PartsOrderDriver crisis(String repairOrderId, BigDecimal lifetimeValue, String successManager) {
    PartsOrderDriver o = PartsOrderDriver.report(repairOrderId, DAY0, "MINOR", false, lifetimeValue, successManager);
    if (Boolean.TRUE.equals(o.variable("vipHandling"))) { // over 500,000: a VIP, whom the manager takes over first
      o.complete("Task_ManagerTakeOver", "apologyCallDone", true, "mobilityArranged", "SAME_CLASS_LOANER");
    }
    o.setExpectation("2026-03-04");
    o.advanceTo(o.at(1));
    o.customerContact("我要投诉,给我个准信", 1);
    assertThat(o.order).hasPassed("EndEvent_CrisisNotified").variables().containsEntry("escalated", true);
    return o;
  }

  private Notification toldOfSuccess(String repairOrderId) {
    List<Notification> told = engine.notifications().all().stream()
        .filter(n -> n.subject().startsWith("客户成功") && repairOrderId.equals(n.businessKey())).toList();
    Assertions.assertThat(told).hasSize(1);
    return told.get(0);
  }
}
