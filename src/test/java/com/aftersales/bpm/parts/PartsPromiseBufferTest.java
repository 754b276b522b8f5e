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
 * supplier's ETA, or a worst case before the promise, is refused naming the field; the expectation
 * task stays open and nothing is promised.
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

  @Test
  void anOrderEnteredByMistakeCanBeDeletedBeforeAnythingIsPromised() {
    Task expectation = expectationOf("RO-BUFFER-4", LocalDate.of(2026, 3, 6));

    runtimeService().deleteProcessInstance(expectation.getProcessInstanceId(), "entered by mistake");

    Assertions.assertThat(processInstanceQuery().processInstanceBusinessKey("RO-BUFFER-4").count()).isZero();
  }

  /** An L3 order with the supplier's ETA: the first talk is open. */
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
