package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 2.2: the promise has a buffer, "low promise, high delivery". A promised date before the
 * supplier's ETA, after the buffer the parts risk table allows, or a worst case before the promise,
 * is refused naming the field; the expectation task stays open and nothing is promised.
 */
class PartsPromiseBufferTest extends PartsModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded().clockAt(DAY0);

  @Test
  void aPromiseBeforeTheSuppliersEtaIsRefused() {
    Task expectation = expectationOf("RO-BUFFER-1", LocalDate.of(2026, 3, 6));

    Assertions.assertThatThrownBy(() -> taskService().complete(expectation.getId(), talk("2026-03-05", "2026-03-09")))
        .rootCause().isInstanceOf(FormRuleViolation.class).hasMessageStartingWith("promisedDate: 2026-03-05 is before the supplier's ETA (2026-03-06)");
    assertThat(expectation).as("nothing promised").isNotNull();
    assertThat(processInstanceQuery().processInstanceBusinessKey("RO-BUFFER-1").singleResult())
        .isWaitingAt("Task_SetExpectation").variables().doesNotContainKey("promisedDeadline");
  }

  @Test
  void aWorstCaseBeforeThePromiseIsRefused() {
    Task expectation = expectationOf("RO-BUFFER-2", LocalDate.of(2026, 3, 6));

    Assertions.assertThatThrownBy(() -> taskService().complete(expectation.getId(), talk("2026-03-08", "2026-03-07")))
        .rootCause().isInstanceOf(FormRuleViolation.class)
        .hasMessageStartingWith("worstCaseDate: the worst case (2026-03-07) is before the promised date (2026-03-08)");
  }

  @Test
  void aPromiseOnTheEtaOrLaterWithALaterWorstCaseIsKept() {
    Task expectation = expectationOf("RO-BUFFER-3", LocalDate.of(2026, 3, 6));

    taskService().complete(expectation.getId(), talk("2026-03-06", "2026-03-10"));

    assertThat(processInstanceQuery().processInstanceBusinessKey("RO-BUFFER-3").singleResult())
        .hasPassed("Task_SetExpectation").variables().containsKey("promisedDeadline");
  }

  /**
   * A promise is at most partsRiskLevel's promiseWithin (P7D) after the supplier's ETA: a date far
   * off would move the promised-date watch and "twice the promised wait" out of reach.
   */
  @Test
  void aPromiseBeyondTheTablesBufferAfterTheEtaIsRefused() {
    Task expectation = expectationOf("RO-BUFFER-5", LocalDate.of(2026, 3, 6));

    for (String tooLate : new String[] {"2026-03-14", "2099-01-05", "9999-12-31"}) {
      Assertions.assertThatThrownBy(() -> taskService().complete(expectation.getId(), talk(tooLate, "9999-12-31")))
          .as(tooLate).rootCause().isInstanceOf(FormRuleViolation.class)
          .hasMessageStartingWith("promisedDate: " + tooLate + " is after 2026-03-13, the latest promise the parts risk "
              + "table allows (P7D after the supplier's ETA, 2026-03-06)");
    }
    assertThat(processInstanceQuery().processInstanceBusinessKey("RO-BUFFER-5").singleResult())
        .isWaitingAt("Task_SetExpectation").variables().doesNotContainKey("promisedDeadline");
    taskService().complete(expectation.getId(), talk("2026-03-13", "2026-03-20"));
  }

  @Test
  void withoutAnEtaThePromiseIsAtMostTheBufferAfterToday() {
    Task expectation = expectationOf("RO-BUFFER-6", null);

    Assertions.assertThatThrownBy(() -> taskService().complete(expectation.getId(), talk("2026-03-10", "2026-03-12")))
        .rootCause().isInstanceOf(FormRuleViolation.class)
        .hasMessageStartingWith("promisedDate: 2026-03-10 is after 2026-03-09, the latest promise the parts risk "
            + "table allows (P7D after today, 2026-03-02)");
    taskService().complete(expectation.getId(), talk("2026-03-09", "2026-03-12"));
    assertThat(processInstanceQuery().processInstanceBusinessKey("RO-BUFFER-6").singleResult())
        .hasPassed("Task_SetExpectation");
  }

  @Test
  void anOrderEnteredByMistakeCanBeDeletedBeforeAnythingIsPromised() {
    Task expectation = expectationOf("RO-BUFFER-4", LocalDate.of(2026, 3, 6));

    runtimeService().deleteProcessInstance(expectation.getProcessInstanceId(), "entered by mistake");

    Assertions.assertThat(processInstanceQuery().processInstanceBusinessKey("RO-BUFFER-4").count()).isZero();
  }

  /** An L3 order with the supplier's ETA (null: none given), reported on day 0: the first talk is open. */
  private static Task expectationOf(String repairOrderId, LocalDate supplierEta) {
    ProcessInstance order = runtimeService().startProcessInstanceByKey(PartsModel.PROCESS, repairOrderId,
        PartShortages.report(repairOrderId, "MINOR").reportedAt(DAY0).supplierEta(supplierEta).variables());
    return task("Task_SetExpectation", order);
  }

  private static Map<String, Object> talk(String promisedDate, String worstCaseDate) {
    return Map.of("promisedDate", promisedDate, "worstCaseDate", worstCaseDate, "customerOption", "A_LEAVE_CAR",
        "waitingBenefit", "LOANER", "commitmentsExplained", true);
  }
}
