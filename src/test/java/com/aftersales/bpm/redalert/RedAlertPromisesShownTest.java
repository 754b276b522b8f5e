package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.support.RedAlertDriver.orderIds;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.promise.PromiseState;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RedAlertDriver;
import com.aftersales.bpm.support.RedAlertModels;
import com.aftersales.bpm.support.ShownPromises;
import java.util.List;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 6 "the service advisor sees all promises" (ADR 55) in a red alert: each order's conversation with
 * its customer (the options offered, the compensation approved, the progress updates, the car or the
 * replacement handed over) shows that customer's sales promises, not another order's, as they stand when
 * the task opens: a promise recorded or approved after the alert was raised shows so.
 */
class RedAlertPromisesShownTest extends RedAlertModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  private static final StaffWords WORDS = new StaffWords();

  @Test
  void eachOrdersConversationShowsItsCustomersPromisesAsTheyStandWhenItOpens() {
    ShownPromises promises = ShownPromises.registered();
    RedAlertDriver a = RedAlertDriver.raise("RA-PROMISES", FOUND, FOUND.plusSeconds(60), "NONE", "MINOR");
    a.runAsyncJobs();
    promises.put("C-01", 1, "Delivery by Saturday", PromiseState.RECORDED); // after the alert was raised
    promises.put("C-02", 1, "First three services free", PromiseState.AWAITING_APPROVAL);
    for (String party : List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides")) {
      a.decide(party, orderIds(1, 1), orderIds(2, 2), List.of());
    }
    shown(a.task("Task_DeliverCar", "O-01")).as("each customer's own").contains("Delivery by Saturday")
        .doesNotContain("First three services free");
    shown(a.task("Task_OfferOptions", "O-02"))
        .contains("First three services free · 0 CNY / 元 · " + state(PromiseState.AWAITING_APPROVAL));

    promises.put("C-02", 1, "First three services free", PromiseState.APPROVED);
    a.offer("O-02", "WAIT", 2500L, "wants a perfect car"); // above the choice tier's 2,000: approved first
    shown(a.task("Task_ApproveCompensation", "O-02"))
        .contains("First three services free · 0 CNY / 元 · " + state(PromiseState.APPROVED));
    a.complete(a.task("Task_ApproveCompensation", "O-02"), "approvalDecision", "APPROVED");

    promises.put("C-02", 2, "Free washes for a year", PromiseState.RECORDED);
    a.complete(a.task("Task_ArrangeWait", "O-02"), "replacementDate", "2026-03-05", "loanerDays", 0L);
    shown(a.task("Task_DeliverReplacement", "O-02")).contains("First three services free", "Free washes for a year");
    execute(a.timer("Timer_ProgressUpdate"));
    shown(a.task("Task_ProgressUpdate", "O-02")).contains("First three services free", "Free washes for a year");
    Assertions.assertThat(runtimeService().getVariable(a.alert.getId(), "customerPromisesInWords"))
        .as("each task's own, not the alert's").isNull();
  }

  private static AbstractStringAssert<?> shown(Task task) {
    Assertions.assertThat(task).isNotNull();
    return Assertions.assertThat((String) formService().getTaskFormVariables(task.getId()).get("customerPromisesInWords"))
        .as(task.getTaskDefinitionKey());
  }

  private static String state(PromiseState state) {
    return WORDS.of("promiseState", state.name());
  }
}
