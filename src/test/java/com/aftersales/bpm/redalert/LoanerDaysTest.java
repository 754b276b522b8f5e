package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.support.RedAlertDriver.orderIds;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RedAlertDriver;
import com.aftersales.bpm.support.RedAlertModels;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 5 "3 cars delayed 3 days with a loaner" (ADR 55): a delayed customer who waits gets at least the
 * order's minLoanerDays (deliveryOptions: one for a delayed car), unless they decline the loaner, which is
 * recorded with its reason and no days. 0 days without a declined loaner is refused naming loanerDays, a
 * declined one without a reason naming loanerDeclinedReason; the task stays open. A customer of the
 * choice tier who waits is given no minimum by the table.
 */
class LoanerDaysTest extends RedAlertModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void aDelayedCustomerWaitsWithAtLeastOneLoanerDayUnlessTheyDeclineItWithAReason() {
    RedAlertDriver a = delayed("RA-LOANER-1");
    Task arrange = a.task("Task_ArrangeWait", "O-01");
    Assertions.assertThat(taskService().getVariable(arrange.getId(), "minLoanerDays")).isEqualTo(1L);

    refused(arrange, Map.of("replacementDate", "2026-03-04", "loanerDays", 0L),
        "loanerDays: a customer who waits gets at least 1 loaner day (deliveryOptions)");
    refused(arrange, Map.of("replacementDate", "2026-03-04", "loanerDays", 0L, "loanerDeclined", true),
        "loanerDeclinedReason: record why the customer declines the loaner");
    refused(arrange, Map.of("replacementDate", "2026-03-04", "loanerDays", 0L, "loanerDeclined", true,
        "loanerDeclinedReason", "   "), "loanerDeclinedReason: record why");
    refused(arrange, Map.of("replacementDate", "2026-03-04", "loanerDays", 2L, "loanerDeclined", true,
        "loanerDeclinedReason", "has a second car"), "loanerDays: 2 loaner days for a customer who declines");
    Assertions.assertThat(a.task("Task_ArrangeWait", "O-01").getId()).as("still to arrange").isEqualTo(arrange.getId());

    a.complete(arrange, "replacementDate", "2026-03-04", "loanerDays", 0L, "loanerDeclined", true,
        "loanerDeclinedReason", "has a second car");
    Task replacement = a.task("Task_DeliverReplacement", "O-01");
    Assertions.assertThat(taskService().getVariables(replacement.getId()))
        .as("the order keeps why it waits without a loaner").containsEntry("loanerDeclined", true)
        .containsEntry("loanerDeclinedReason", "has a second car").containsEntry("loanerDays", 0L);
    Assertions.assertThat(runtimeService().getVariable(a.alert.getId(), "loanerDeclined"))
        .as("the order's own, not the alert's").isNull();
  }

  @Test
  void aDelayedCustomerWithTheLoanerDaysTheTableAsksForWaitsAndAChoosingCustomerNeedsNone() {
    RedAlertDriver a = delayed("RA-LOANER-2");
    a.complete(a.task("Task_ArrangeWait", "O-01"), "replacementDate", "2026-03-04", "loanerDays", 1L);
    assertThat(a.alert).hasPassed("Task_ArrangeWait");

    RedAlertDriver choosing = RedAlertDriver.raise("RA-LOANER-3", FOUND, FOUND.plusSeconds(60), "MINOR");
    choosing.runAsyncJobs();
    for (String party : List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides")) {
      choosing.decide(party, List.of(), orderIds(1, 1), List.of());
    }
    choosing.offer("O-01", "WAIT", 0L, "wants a perfect car");
    Task arrange = choosing.task("Task_ArrangeWait", "O-01");
    Assertions.assertThat(taskService().getVariable(arrange.getId(), "minLoanerDays")).isEqualTo(0L);
    choosing.complete(arrange, "replacementDate", "2026-03-04", "loanerDays", 0L);
    assertThat(choosing.alert).hasPassed("Task_ArrangeWait");
  }

  /** One car with a major issue, delayed by the three parties, its customer choosing to wait. */
  private static RedAlertDriver delayed(String alertId) {
    RedAlertDriver a = RedAlertDriver.raise(alertId, FOUND, FOUND.plusSeconds(60), "MAJOR");
    a.runAsyncJobs();
    for (String party : List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides")) {
      a.decide(party, List.of(), List.of(), orderIds(1, 1));
    }
    a.complete(a.task("Task_OfferOptions", "O-01"), "customerChoice", "WAIT", "compensationValue", 600L,
        "conversationNote", "the director called", "directorCalled", true);
    return a;
  }

  private static void refused(Task arrange, Map<String, Object> form, String message) {
    Assertions.assertThatThrownBy(() -> taskService().complete(arrange.getId(), form)).as(form.toString())
        .rootCause().isInstanceOf(FormRuleViolation.class).hasMessageStartingWith(message);
  }
}
