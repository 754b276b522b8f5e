package com.aftersales.bpm.support;

import com.aftersales.bpm.rescue.RescueModel;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.ApprovalDecision;
import com.aftersales.bpm.common.OutsideEventGate;
import com.aftersales.bpm.rescue.RescueVariables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Drives one low-score rescue on the plain engine, step by step: it starts with the variables the
 * survey intake gives it ({@link Surveys}) and each task is completed with what its form submits.
 * Unlike the other drivers it leaves the notifications waiting until {@link #deliver()}: the rescue
 * tests assert that no step waits for a delivery.
 *
 * <p>Why the rescue has a second driver, {@code demo/RescueDriver}, in main code: the demo data
 * command seeds real cases through the real survey intake in the running application, so its
 * driver must ship with it; the application tests (report, API) use that same class, not a copy.
 * This one serves the plain engine, which has no intake (its records table and Spring services),
 * and lets a test choose what each form says and when timers fire, which a scripted whole case
 * cannot.
 */
public final class RescueProcessDriver {

  public final ProcessInstance rescue;

  private RescueProcessDriver(ProcessInstance rescue) {
    this.rescue = rescue;
  }

  /** Starts a rescue as the intake does (the re-rating expected from the start, see OutsideEventGate). */
  public static RescueProcessDriver start(String surveyId, int score, Instant answeredAt) {
    return start(Surveys.survey(surveyId, score, answeredAt));
  }

  /** A rescue of a customer the CRM gives a lifetime value (CNY) and maybe a success manager. */
  public static RescueProcessDriver start(String surveyId, int score, Instant answeredAt, BigDecimal lifetimeValue,
      String successManager) {
    return start(Surveys.survey(surveyId, score, answeredAt, lifetimeValue, successManager));
  }

  /** A rescue whose survey carries the customer's comment. */
  public static RescueProcessDriver commented(String surveyId, int score, Instant answeredAt, String comment) {
    VariableMap variables = Surveys.survey(surveyId, score, answeredAt);
    RescueVariables.COMMENT.putIn(variables, comment);
    return start(variables);
  }

  private static RescueProcessDriver start(VariableMap variables) {
    String surveyId = RescueVariables.SURVEY_ID.from(variables);
    RescueVariables.RE_RATING.putIn(variables, OutsideEventGate.State.EXPECTED);
    return new RescueProcessDriver(runtimeService().startProcessInstanceByKey(RescueModel.RESCUE_PROCESS,
        surveyId, variables));
  }

  /** @param promisedCallbackAt as the form's datetime field sends it, e.g. {@code 2026-11-23T20:00Z} */
  public RescueProcessDriver firstContact(String promisedCallbackAt) {
    return complete("Task_FirstContact", firstContactForm(promisedCallbackAt));
  }

  /** The first contact with the form's "public-opinion risk found" ticked or not. */
  public RescueProcessDriver firstContactFinding(String promisedCallbackAt, boolean publicOpinionRiskFound) {
    Map<String, Object> form = new HashMap<>(firstContactForm(promisedCallbackAt));
    form.put("publicOpinionRiskFound", publicOpinionRiskFound);
    return complete("Task_FirstContact", form);
  }

  private static Map<String, Object> firstContactForm(String promisedCallbackAt) {
    return Map.of("leapListened", true, "leapEmpathized", true, "leapAcknowledged", true, "leapPromised", true,
        "painPoints", "missed picking up my child", "promise", "full solution by 20:00 tonight",
        "promisedCallbackAt", promisedCallbackAt);
  }

  public RescueProcessDriver investigate(String responsibility) {
    return complete("Task_Investigate", Map.of("facts", "CCTV shows the scratch", "responsibility", responsibility,
        "rootCauseCategory", "WAIT_TIME", "shortTermRemedy", "repaint", "longTermFix", "progress notices",
        "systemChange", "dispatch"));
  }

  public RescueProcessDriver design(long problemFix, long loss, long emotional) {
    return complete("Task_DesignSolution", Map.of("problemFixItems", "free paint", "problemFixValue", problemFix,
        "lossCompensationItems", "wash coupons", "lossCompensationValue", loss,
        "emotionalRepairItems", "home visit", "emotionalRepairValue", emotional));
  }

  /** What the approval form sends: the choice, and the reason only when the plan is sent back. */
  public RescueProcessDriver approve(ApprovalDecision decision, String reason) {
    VariableMap form = RescueVariables.APPROVAL_DECISION.putIn(Variables.createVariables(), decision);
    if (reason != null) {
      RescueVariables.APPROVAL_COMMENT.putIn(form, reason);
    }
    return complete("Task_ApproveCompensation", form);
  }

  public RescueProcessDriver executeSolution(String customerResponse) {
    return complete("Task_ExecuteAndFollowUp", Map.of("calledBackAtPromisedTime", true, "homeVisitDone", true,
        "fixStarted", true, "progressUpdates", "photos sent", "customerResponse", customerResponse));
  }

  /** What the re-rating endpoint hands the waiting rescue. */
  public RescueProcessDriver reRate(int score) {
    runtimeService().createMessageCorrelation("ReRatingReceived").processInstanceId(rescue.getId())
        .setVariable(RescueVariables.RE_RATING_SCORE.name(), score).correlate();
    return this;
  }

  /** What the re-rating endpoint does while the rescue is not waiting yet: keeps it (OutsideEventGate). */
  public RescueProcessDriver reRateEarly(int score, Date at) {
    VariableMap early = Variables.createVariables();
    RescueVariables.RE_RATING.putIn(early, OutsideEventGate.State.EARLY);
    RescueVariables.RE_RATING_SCORE.putIn(early, score);
    RescueVariables.RE_RATED_AT.putIn(early, at);
    runtimeService().setVariables(rescue.getId(), early);
    return this;
  }

  public RescueProcessDriver reviewAndImprove(boolean nominatedForJointReview) {
    return reviewAndImprove(nominatedForJointReview, Map.of());
  }

  /**
   * Step 6 committing improvement actions: {@code slots} as the form sends them (addAction1,
   * action1Text, action1Owner, action1Deadline, action1Criterion, addAction2 …).
   */
  public RescueProcessDriver reviewAndImprove(boolean nominatedForJointReview, Map<String, Object> slots) {
    Map<String, Object> form = new HashMap<>(Map.of("whatHappened", "scratch", "doneRight", "owned it",
        "doneWrong", "late", "systemImprovement", "progress SMS", "nominatedForJointReview", nominatedForJointReview));
    form.putAll(slots);
    return complete("Task_ReviewAndImprove", form);
  }

  /** Runs the job that starts step 6's improvement actions (asynchronous before their multi-instance, ADR 0053). */
  public RescueProcessDriver trackImprovementActions() {
    execute(timer("Task_StartImprovementActions#multiInstanceBody"));
    return this;
  }

  /** Fires the timer (or runs the job) at the activity by executing its job. */
  public RescueProcessDriver fire(String activityId) {
    execute(timer(activityId));
    return this;
  }

  /** The timer (or other job, e.g. a notification waiting for delivery) at the activity. */
  public Job timer(String activityId) {
    return ProcessTestSupport.job(rescue, activityId);
  }

  public Task task(String taskKey) {
    return BpmnAwareTests.task(taskKey, rescue);
  }

  /** Delivers the notifications the steps so far left waiting. */
  public RescueProcessDriver deliver() {
    Notifications.deliverAll(rescue);
    return this;
  }

  private RescueProcessDriver complete(String taskKey, Map<String, Object> form) {
    Task open = task(taskKey);
    if (open == null) {
      throw new AssertionError(taskKey + " is not open in rescue " + rescue.getBusinessKey());
    }
    taskService().complete(open.getId(), form);
    return this;
  }
}
