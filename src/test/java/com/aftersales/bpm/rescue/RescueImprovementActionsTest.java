package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.LowScoreRescueProcessTest.CALLBACK_AT;
import static com.aftersales.bpm.rescue.LowScoreRescueProcessTest.NOW;
import static com.aftersales.bpm.support.RescueProcessDriver.start;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RescueProcessDriver;
import com.aftersales.bpm.support.ReviewDriver;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Step 6's improvement actions (SPEC 1.3 step 6 and SPEC 3, ADR 0053): none, or up to three, each
 * with the action, an owner, a deadline and an acceptance criterion, checked as the joint review's
 * are; each is tracked as an `improvementAction` case of its own while the customer's rescue closes.
 * The improvement action's own paths are `ImprovementActionProcessTest`'s; this class asserts the
 * 0.5 of the rescue its paths reach (0.53).
 */
@Deployment(resources = {"processes/low-score-rescue.bpmn", "processes/nps-alert-grade.dmn",
    "processes/public-opinion-words.dmn", "processes/customer-success.dmn", "processes/compensation-approval.dmn",
    "processes/rescue-outcome.dmn", "processes/improvement-action.bpmn"})
class RescueImprovementActionsTest {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageAtLeast(0.5).clockAt(NOW)
      .excludingFromCoverage("improvementAction").withUser("advisor", "service-advisor")
      .withUser(ReviewDriver.STORE_MANAGER, "store-manager");

  private static final Map<String, Object> TWO_ACTIONS = Map.of("addAction1", true,
      "action1Text", "Text every waiting customer a progress update every 4 h", "action1Owner", "service-advisor",
      "action1Deadline", "2026-12-10", "action1Criterion", "every open order of a week texted on time",
      "addAction2", true, "action2Text", "Call-back slot in the booking system", "action2Owner", "advisor",
      "action2Deadline", "2026-12-20", "action2Criterion", "promised call-backs listed for each advisor");

  @Test
  void eachActionIsTrackedAsACaseOfItsOwnToItsDeadlineAndTheCustomersRescueCloses() {
    RescueProcessDriver r = atReview("IA-1");
    Assertions.assertThat(taskService().getVariable(r.task("Task_ReviewAndImprove").getId(), "improvementActionsOffered"))
        .as("this version offers the action fields").isEqualTo(true);

    r.reviewAndImprove(true, TWO_ACTIONS);
    Assertions.assertThat(r.timer("Task_StartImprovementActions#multiInstanceBody"))
        .as("the starts wait for the review's completion to commit").isNotNull();
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("improvementAction").count())
        .isZero();
    r.trackImprovementActions();

    assertThat(r.rescue).isEnded().hasPassed("Gateway_ImprovementActions", "Task_StartImprovementActions",
        "Gateway_ReviewDone", "EndEvent_RescueClosed");
    ProcessInstance first = action("IA-1/1");
    ProcessInstance second = action("IA-1/2");
    assertThat(first).isWaitingAt("Task_CarryOutAction").variables()
        .containsEntry("actionText", "Text every waiting customer a progress update every 4 h")
        .containsEntry("actionOwner", "service-advisor").containsEntry("ownerIsGroup", true)
        .containsEntry("acceptanceCriterion", "every open order of a week texted on time")
        .containsEntry("actionState", "OPEN").doesNotContainKey("reviewId");
    Date endOfDecember10 = Date.from(Instant.parse("2026-12-11T00:00:00Z")); // the tests' centre is in UTC
    assertThat(task("Task_CarryOutAction", first)).hasCandidateGroup("service-advisor").hasDueDate(endOfDecember10);
    assertThat(task("Task_CarryOutAction", second)).isAssignedTo("advisor");
    Assertions.assertThat(ProcessTestSupport.job(first, "Timer_ActionOverdue").getDuedate()).isEqualTo(endOfDecember10);

    ReviewDriver.carryOut(first, "texts sent from the booking system");
    ReviewDriver.verify(ReviewDriver.STORE_MANAGER, first, true);
    assertThat(first).isEnded().variables().containsEntry("actionState", "VERIFIED");
    assertThat(second).isWaitingAt("Task_CarryOutAction");
  }

  @Test
  void aCaseThatNeedsNoActionClosesAtOnce() {
    RescueProcessDriver r = atReview("IA-2").reviewAndImprove(false);

    assertThat(r.rescue).isEnded().hasPassed("Gateway_ImprovementActions", "Gateway_ReviewDone", "EndEvent_RescueClosed")
        .hasNotPassed("Task_StartImprovementActions");
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("improvementAction").count())
        .isZero();
  }

  @Test
  void anIncompleteActionOrAnUnknownOwnerIsRefusedNamingItsFieldsAndNothingIsTracked() {
    RescueProcessDriver r = atReview("IA-3");

    Assertions.assertThatThrownBy(() -> r.reviewAndImprove(false, Map.of("addAction1", true, "action1Text", "SMS")))
        .hasRootCauseInstanceOf(FormRuleViolation.class).hasMessageContaining(
            "action 1 is missing an owner, a deadline, an acceptance criterion (action1Owner, action1Deadline, action1Criterion)");
    Assertions.assertThatThrownBy(() -> r.reviewAndImprove(false, Map.of("addAction1", true, "action1Text", "SMS",
            "action1Owner", "nobody-here", "action1Deadline", "2026-12-10", "action1Criterion", "sent")))
        .hasMessageContaining("action 1: owner 'nobody-here' is neither a user nor a group (action1Owner)");
    Assertions.assertThatThrownBy(() -> r.reviewAndImprove(false, Map.of("addAction1", true, "action1Text", "SMS",
            "action1Owner", "advisor", "action1Deadline", "soon", "action1Criterion", "sent")))
        .hasMessageContaining("action 1: the deadline is not a date (action1Deadline)");

    assertThat(r.rescue).isWaitingAt("Task_ReviewAndImprove");
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("improvementAction").count())
        .isZero();
  }

  /** A rescue whose customer refused the solution, at its review 72 h after the low score. */
  private static RescueProcessDriver atReview(String surveyId) {
    return start(surveyId, 5, NOW).firstContact(CALLBACK_AT).investigate("OURS").design(500, 0, 0)
        .executeSolution("REFUSED").fire("Timer_ReviewDue").deliver();
  }

  private static ProcessInstance action(String businessKey) {
    ProcessInstance action = runtimeService().createProcessInstanceQuery().processDefinitionKey("improvementAction")
        .processInstanceBusinessKey(businessKey).singleResult();
    Assertions.assertThat(action).as(businessKey).isNotNull();
    return action;
  }
}
