package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.ApprovalDecision;
import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.promise.PromiseState;
import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.ShownPromises;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 6 "the service advisor sees all promises" (ADR 55): every task of a parts order where staff talk
 * to the customer or decide what we owe them (the manager's take-over, the proactive update, the answer,
 * the delay explained, the manager's crisis call, the compensation upgrade and its approval, the
 * handover) shows the customer's sales promises as they stand when the task opens: a promise recorded,
 * approved or refused after the order started shows so on the tasks opened after it.
 */
class PartsPromisesShownTest extends PartsModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  private static final StaffWords WORDS = new StaffWords();

  @Test
  void everyTaskOfTheWaitShowsThePromisesAsTheyStoodWhenItOpened() {
    ShownPromises promises = ShownPromises.registered();
    PartsOrderDriver o = PartsOrderDriver.report("RO-PRM-1", DAY0, "MINOR", false);
    String customer = "C-RO-PRM-1";
    promises.put(customer, 1, "Any part within 24 hours", PromiseState.RECORDED); // after the order started
    o.setExpectation("2026-03-04");
    o.advanceTo(o.at(3.05)); // the promise broke at midnight, the day-3 update fell due at 09:00
    shown(o, "Task_ProactiveUpdate").contains("Any part within 24 hours").doesNotContain("services free");
    shown(o, "Task_ExplainDelay").contains("Any part within 24 hours · 0 CNY / 元 · " + state(PromiseState.RECORDED));

    promises.put(customer, 2, "First three services free", PromiseState.AWAITING_APPROVAL);
    o.customerContact("请问配件什么时候到?", 1);
    shown(o, "Task_AnswerCustomer").contains("Any part within 24 hours")
        .contains("First three services free · 0 CNY / 元 · " + state(PromiseState.AWAITING_APPROVAL));
    o.customerContact("再不给准信我就投诉,你们根本不负责任", 2); // a crisis
    shown(o, "Task_ManagerCall").contains("Any part within 24 hours", "First three services free");
    shown(o, "Task_UpgradeCompensation").contains("Any part within 24 hours", "First three services free");

    promises.put(customer, 2, "First three services free", PromiseState.APPROVED);
    o.complete("Task_UpgradeCompensation", "upgradeItems", "free repair and a loaner", "upgradeValue", 6000);
    shown(o, "Task_ApproveUpgrade").contains("First three services free · 0 CNY / 元 · " + state(PromiseState.APPROVED));
    o.complete("Task_ApproveUpgrade", "approvalDecision", ApprovalDecision.APPROVED.name());

    promises.put(customer, 1, "Any part within 24 hours", PromiseState.REFUSED);
    o.partArrives();
    o.complete("Task_Repair", "repairDone", true);
    shown(o, "Task_Handover").as("a refused promise was never sales' to make").contains("First three services free")
        .doesNotContain("Any part within 24 hours");
    Assertions.assertThat(runtimeService().getVariable(o.order.getId(), "customerPromisesInWords"))
        .as("each task's own, not the order's").isNull();
  }

  @Test
  void theManagerWhoTakesOverAndHandsOverSeesThePromisesToo() {
    ShownPromises promises = ShownPromises.registered();
    PartsOrderDriver o = PartsOrderDriver.report("RO-PRM-2", DAY0, "CANNOT_DRIVE", false);
    String customer = "C-RO-PRM-2";
    shown(o, "Task_ManagerTakeOver").isEqualTo("No open sales promises / 无未兑现的销售承诺");
    promises.put(customer, 1, "Same-class loaner whenever the car is in the workshop", PromiseState.CHANGED);
    o.complete("Task_ManagerTakeOver", "apologyCallDone", true, "mobilityArranged", "LOANER");
    o.setExpectation("2026-03-04");
    o.partArrives();
    o.complete("Task_Repair", "repairDone", true);

    shown(o, "Task_ManagerHandover").contains("Same-class loaner whenever the car is in the workshop · 0 CNY / 元 · "
        + state(PromiseState.CHANGED));
  }

  /** What the open task's form shows in Sales promises to this customer. */
  private static AbstractStringAssert<?> shown(PartsOrderDriver o, String taskKey) {
    Task task = o.open(taskKey);
    Assertions.assertThat(task).as(taskKey + " open").isNotNull();
    return Assertions.assertThat((String) formService().getTaskFormVariables(task.getId())
        .get("customerPromisesInWords")).as(taskKey);
  }

  private static String state(PromiseState state) {
    return WORDS.of("promiseState", state.name());
  }
}
