package com.aftersales.bpm.review;

import static com.aftersales.bpm.support.ReviewDriver.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RescueProcessDriver;
import com.aftersales.bpm.support.ReviewModels;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ADR 0058: the review's checkpoint lists, after the previous review's own actions, the actions
 * customer cases committed (the rescue's step 6): every one still open, and those closed since the
 * previous review opened, each with its case's survey id. The review's paths are
 * {@link JointCaseReviewProcessTest}'s; this class asserts only the share it passes.
 */
class CheckpointCaseActionsTest extends ReviewModels {

  @RegisterExtension
  static final ProcessTestSupport engine = reviewEngine(ProcessTestSupport.coverageAtLeast(0.05));

  @Test
  void theCheckpointListsTheCasesActionsStillOpenAndThoseClosedSinceThePreviousReview() {
    // February: a rescue commits two actions through step 6; an older rescue's action (no surveyId) is verified
    Instant answered = ClockUtil.getCurrentTime().toInstant();
    RescueProcessDriver rescue = RescueProcessDriver.start("FEB-7", 3, answered)
        .firstContact(answered.plus(Duration.ofHours(11)).toString()).investigate("OURS").design(100, 0, 0)
        .executeSolution("REFUSED");
    ClockUtil.setCurrentTime(Date.from(answered.plus(Duration.ofDays(4))));
    rescue.fire("Timer_ReviewDue").reviewAndImprove(false, Map.of(
        "addAction1", true, "action1Text", "Progress text every 4 h", "action1Owner", "service-advisor",
        "action1Deadline", "2026-04-30", "action1Criterion", "every waiting customer texted",
        "addAction2", true, "action2Text", "Call-back slots in the booking system", "action2Owner", "advisor",
        "action2Deadline", "2026-03-20", "action2Criterion", "call-backs listed per advisor")).trackImprovementActions();
    ProcessInstance open = action("FEB-7/1");
    ProcessInstance verifiedLater = action("FEB-7/2");
    Assertions.assertThat(runtimeService().getVariable(open.getId(), "surveyId")).as("the action names its rescue")
        .isEqualTo("FEB-7");
    ProcessInstance older = startAction("JAN-3/1", null, "Loaner booking rule", "2026-02-10T12:00:00Z");
    carryOut(older, "rule in place");
    verify(STORE_MANAGER, older, true);
    ProcessInstance dropped = startAction("JAN-4/1", null, "Weekly parts call", "2026-03-10T12:00:00Z");

    ProcessInstance march = monthlyReviewOpensAt(Instant.parse("2026-03-02T10:00:00Z"));
    Assertions.assertThat(summary(march).lines()).as("no review before: every open one and every closed one")
        .containsExactly("No actions from REVIEW-2026-01 / 上次复盘会无改进措施", "",
            "Customer cases' actions: still open, or closed / 客户案例的改进措施:未关闭的,及已关闭的",
            "Case / 案例 FEB-7 · OPEN · Progress text every 4 h · service-advisor · due 2026-04-30",
            "Case / 案例 FEB-7 · OPEN · Call-back slots in the booking system · advisor · due 2026-03-20",
            "Case / 案例 JAN-3 · VERIFIED · Loaner booking rule · advisor · due 2026-02-10",
            "Case / 案例 JAN-4 · OPEN · Weekly parts call · advisor · due 2026-03-10");

    // during March: the review commits its own action, one rescue action is verified, one is dropped
    startAction("REVIEW-2026-02/1", "REVIEW-2026-02", "One delivery timeline", "2026-03-25T12:00:00Z");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-12T09:00:00Z")));
    carryOut(verifiedLater, "slots in the booking system");
    verify(STORE_MANAGER, verifiedLater, true);
    runtimeService().deleteProcessInstance(dropped.getId(), "replaced by the parts daily call");

    ProcessInstance april = monthlyReviewOpensAt(Instant.parse("2026-04-06T10:00:00Z"));
    Assertions.assertThat(summary(april).lines()).as("the last review's actions, then the cases' since it opened")
        .containsExactly("OPEN · One delivery timeline · advisor · due 2026-03-25", "",
            "Customer cases' actions: still open, or closed since 2026-03-02 / 客户案例的改进措施:未关闭的,及 2026-03-02 以来已关闭的",
            "Case / 案例 FEB-7 · OPEN · Progress text every 4 h · service-advisor · due 2026-04-30",
            "Case / 案例 FEB-7 · VERIFIED · Call-back slots in the booking system · advisor · due 2026-03-20",
            "Case / 案例 JAN-4 · CANCELLED / 已撤销 · Weekly parts call · advisor · due 2026-03-10");
    assertThat(march).isActive();
  }

  @Test
  void manyOpenActionsStillLeaveTheCheckpointATextTheEngineStores() {
    for (int i = 1; i <= 40; i++) { // months of open actions with long words: over 4,000 characters in all
      startAction("MANY-" + i + "/1", null, "每位等待客户每四小时收到进度短信".repeat(8), "2026-07-30T12:00:00Z");
    }
    String text = summary(monthlyReviewOpensAt(Instant.parse("2026-03-02T10:00:00Z")));
    Assertions.assertThat(text).hasSizeLessThanOrEqualTo(4000).contains("Case / 案例 MANY-1 · OPEN")
        .endsWith("more: search the improvement actions in Cockpit / 另有%d条,请在 Cockpit 中查看改进措施"
            .formatted(40 - (text.lines().count() - 4)).replace("\n", ""));
  }

  private static String summary(ProcessInstance review) {
    return (String) runtimeService().getVariable(review.getId(), "checkpointSummary");
  }

  private static ProcessInstance action(String businessKey) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey("improvementAction")
        .processInstanceBusinessKey(businessKey).singleResult();
  }

  /** An action as a review starts it ({@code reviewId}), or as a rescue before ADR 0058 did (none, no surveyId). */
  private static ProcessInstance startAction(String key, String reviewId, String text, String deadline) {
    return runtimeService().startProcessInstanceByKey("improvementAction", key, Variables.createVariables()
        .putValue("reviewId", reviewId).putValue("actionText", text).putValue("actionOwner", "advisor")
        .putValue("ownerIsGroup", false).putValue("actionDeadline", Date.from(Instant.parse(deadline)))
        .putValue("acceptanceCriterion", "in use"));
  }
}
