package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.LowScoreRescueProcessTest.CALLBACK_AT;
import static com.aftersales.bpm.rescue.LowScoreRescueProcessTest.NOW;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.ApprovalDecision;
import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.promise.PromiseState;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RescueModels;
import com.aftersales.bpm.support.RescueProcessDriver;
import com.aftersales.bpm.support.ShownPromises;
import java.time.Duration;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 6 "the service advisor sees all promises" (ADR 55): every step of a rescue where staff talk to the
 * customer or decide what we owe them (the missed response's escalation, investigate, design the solution,
 * approve the compensation, execute and follow up) shows the customer's sales promises as they stand when
 * the step opens, in its form's variables: a promise recorded, approved or refused after the rescue started
 * shows so on the next step.
 */
class RescuePromisesShownTest extends RescueModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded().clockAt(NOW);

  private static final String CUSTOMER = "C-1001"; // the customer of Surveys.survey
  private static final StaffWords WORDS = new StaffWords();

  @Test
  void everyStepThatTalksToTheCustomerOrDecidesWhatWeOweShowsTheirPromisesAsTheyStandWhenItOpens() {
    ShownPromises promises = ShownPromises.registered();
    RescueProcessDriver r = RescueProcessDriver.start("PRM-R1", 2, NOW.minus(Duration.ofMinutes(30)));
    promises.put(CUSTOMER, 1, "First three services free", PromiseState.RECORDED); // after the rescue started

    r.fire("Timer_ResponseSla");
    shown(r, "Task_HandleMissedResponse").contains("First three services free")
        .contains(state(PromiseState.RECORDED));

    promises.put(CUSTOMER, 2, "Any part within 24 hours", PromiseState.AWAITING_APPROVAL);
    r.firstContact(CALLBACK_AT);
    shown(r, "Task_Investigate").contains("First three services free")
        .contains("Any part within 24 hours · 0 CNY / 元 · " + state(PromiseState.AWAITING_APPROVAL));

    promises.put(CUSTOMER, 2, "Any part within 24 hours", PromiseState.APPROVED);
    r.investigate("OURS");
    shown(r, "Task_DesignSolution").contains("Any part within 24 hours · 0 CNY / 元 · " + state(PromiseState.APPROVED));

    promises.put(CUSTOMER, 3, "A loaner for every repair", PromiseState.RECORDED);
    r.design(5000, 1000, 500);
    shown(r, "Task_ApproveCompensation").contains("A loaner for every repair").contains("Any part within 24 hours");

    promises.put(CUSTOMER, 3, "A loaner for every repair", PromiseState.REFUSED);
    r.approve(ApprovalDecision.APPROVED, null);
    shown(r, "Task_ExecuteAndFollowUp").as("a refused promise was never sales' to make")
        .doesNotContain("A loaner for every repair").contains("First three services free", "Any part within 24 hours");

    Assertions.assertThat(runtimeService().getVariable(r.rescue.getId(), "customerPromisesInWords"))
        .as("each step's own, not the case's").isNull();
  }

  @Test
  void aCustomerWithoutPromisesIsSaidToHaveNone() {
    ShownPromises.registered();
    RescueProcessDriver r = RescueProcessDriver.start("PRM-R2", 2, NOW.minus(Duration.ofMinutes(30)));
    r.firstContact(CALLBACK_AT);
    shown(r, "Task_Investigate").isEqualTo("No open sales promises / 无未兑现的销售承诺");
  }

  /** What the open task's form shows in Sales promises to this customer. */
  private static AbstractStringAssert<?> shown(RescueProcessDriver r, String taskKey) {
    return Assertions.assertThat((String) formService().getTaskFormVariables(r.task(taskKey).getId())
        .get("customerPromisesInWords")).as(taskKey);
  }

  private static String state(PromiseState state) {
    return WORDS.of("promiseState", state.name());
  }
}
