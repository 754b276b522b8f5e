package com.aftersales.bpm.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Drives the monthly joint case review and the improvement actions it starts on the plain engine:
 * a review opened by its schedule or by a store manager, each segment's task completed as its
 * form sends it, and an action carried out and verified by a named person (the tests' store
 * manager is {@code boss}, see {@link ProcessTestSupport#withUser}); and the review tests' engine
 * and the finished rescues they choose from.
 */
public final class ReviewDriver {

  public static final String STORE_MANAGER = "boss";

  private ReviewDriver() {}

  /**
   * Completes a review test's {@code coverage}: the cases' models (rescue, parts order) and the
   * improvement action are deployed for the review to use and answered for by their own tests; the
   * clock starts on 3 February 2026; the review's people exist.
   */
  public static ProcessTestSupport reviewEngine(ProcessTestSupport coverage) {
    return coverage.excludingFromCoverage("lowScoreRescue", "partsShortageEscalation", "improvementAction")
        .clockAt(Instant.parse("2026-02-03T09:00:00Z")).withUser("advisor", "service-advisor").withUser("sales1", "sales")
        .withUser(STORE_MANAGER, "store-manager");
  }

  /** A rescue of a score-3 survey answered now, run by the real process to its end: a case for a review to choose. */
  public static String finishedRescue(String surveyId, String customerResponse, Integer reRating) {
    Instant answered = ClockUtil.getCurrentTime().toInstant();
    // the call-back 11 hours after the answer, within the follow-up window (checkPromisedCallback)
    RescueProcessDriver rescue = RescueProcessDriver.start(surveyId, 3, answered)
        .firstContact(answered.plus(Duration.ofHours(11)).toString()).investigate("OURS").design(100, 0, 0).executeSolution(customerResponse);
    if (reRating != null) {
      rescue.reRate(reRating);
    }
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(4))));
    rescue.fire("Timer_ReviewDue").reviewAndImprove(true);
    for (Task open : taskService().createTaskQuery().processInstanceId(rescue.rescue.getId()).list()) {
      complete(open);
    }
    rescue.deliver();
    assertThat(rescue.rescue).isEnded();
    return rescue.rescue.getId();
  }

  /** Moves the clock to the schedule's next due time, fires it, and returns the review it opened. */
  public static ProcessInstance monthlyReviewOpensAt(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
    Job schedule = managementService().createJobQuery().activityId("StartEvent_Monthly").singleResult();
    if (!schedule.getDuedate().equals(Date.from(at))) {
      throw new AssertionError("the schedule is due at " + schedule.getDuedate() + ", not " + at);
    }
    execute(schedule);
    String reviewId = "REVIEW-" + YearMonth.from(at.atZone(ZoneOffset.UTC)).minusMonths(1);
    return runtimeService().createProcessInstanceQuery().processDefinitionKey("jointCaseReview")
        .processInstanceBusinessKey(reviewId).singleResult();
  }

  /** A review of the month started by hand, as the store manager starts it in Tasklist. */
  public static ProcessInstance manualReview(String month) {
    return ProcessTestSupport.as(STORE_MANAGER,
        () -> runtimeService().startProcessInstanceByKey("jointCaseReview", Map.of("reviewMonth", month)));
  }

  /** Sales' segment of the meeting: what customers say, and the rating of after-sales support ("1" to "5"). */
  public static void salesFeedback(ProcessInstance review, String feedback, String rating) {
    complete(task("Task_SalesFeedback", review), withVariables("salesFeedback", feedback, "afterSalesSupportRating", rating));
  }

  /** The meeting's last segment: the focus agreed for next month. */
  public static void nextMonthFocus(ProcessInstance review, String focus) {
    complete(task("Task_NextMonthFocus", review), withVariables("nextMonthFocus", focus));
  }

  public static void selectCases(ProcessInstance review, String negative, String positive, String complex) {
    complete(task("Task_SelectCases", review), withVariables("negativeCase", negative, "positiveCase", positive,
        "complexCase", complex));
  }

  /** Each department's turn in order; returns the groups that spoke. */
  public static List<String> reconstructAll(ProcessInstance review) {
    List<String> speakers = new ArrayList<>();
    for (Task turn = task("Task_Reconstruct", review); turn != null; turn = taskQuery()
        .processInstanceId(review.getId()).taskDefinitionKey("Task_Reconstruct").singleResult()) {
      speakers.add(taskService().getIdentityLinksForTask(turn.getId()).get(0).getGroupId());
      complete(turn, withVariables("factsNegative", "n", "factsPositive", "p", "factsComplex", "c"));
    }
    return speakers;
  }

  /** The form's three action slots, the ones not given left empty. */
  public static void designSolutions(ProcessInstance review, Map<String, Object> slots) {
    Map<String, Object> all = new HashMap<>();
    for (int n = 1; n <= 3; n++) {
      for (String part : List.of("Text", "Owner", "Deadline", "Criterion")) {
        all.put("action" + n + part, null);
      }
    }
    all.putAll(slots);
    taskService().complete(task("Task_DesignSolutions", review).getId(), all);
  }

  /** The values of a case-choice list the review prepared for its form. */
  public static List<String> options(ProcessInstance review, String variable) {
    return optionProperty(review, variable, "value");
  }

  public static List<String> labels(ProcessInstance review, String variable) {
    return optionProperty(review, variable, "label");
  }

  private static List<String> optionProperty(ProcessInstance review, String variable, String property) {
    SpinJsonNode json = (SpinJsonNode) runtimeService().getVariable(review.getId(), variable);
    return json.elements().stream().map(e -> e.prop(property).stringValue()).toList();
  }

  /** An improvement action as the review's commitment step starts it. */
  public static ProcessInstance startAction(String key, String owner, boolean ownerIsGroup, Instant deadline) {
    return runtimeService().startProcessInstanceByKey("improvementAction", key, Variables.createVariables()
        .putValue("reviewId", "R1").putValue("actionText", "72-hour pre-delivery three-party confirmation")
        .putValue("actionOwner", owner).putValue("ownerIsGroup", ownerIsGroup)
        .putValue("actionDeadline", Date.from(deadline))
        .putValue("acceptanceCriterion", "every delivery of the month confirmed 72 h ahead"));
  }

  public static void carryOut(ProcessInstance action, String whatWasDone) {
    complete(task("Task_CarryOutAction", action), withVariables("whatWasDone", whatWasDone));
  }

  /** The verification form, completed by {@code user}. */
  public static void verify(String user, ProcessInstance action, boolean passed) {
    ProcessTestSupport.as(user, () -> complete(task("Task_VerifyAction", action), withVariables(
        "verificationPassed", passed, "verificationNote", passed ? "checked 20 deliveries" : "only 5 of 20 confirmed")));
  }
}
