package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.support.Surveys.survey;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.ApprovalDecision;
import com.aftersales.bpm.common.OutsideEventGate;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.ProcessTestBeans;
import com.aftersales.bpm.support.RecordingNotifications;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/low-score-rescue.bpmn", "processes/nps-alert-grade.dmn",
    "processes/compensation-approval.dmn", "processes/rescue-outcome.dmn"})
class LowScoreRescueProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.Companion.builder()
      .assertClassCoverageAtLeast(0.9).build();

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final String CALLBACK_AT = "2026-11-23T20:00Z"; // as the form's datetime field sends it

  private RecordingNotifications notifications;

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
    notifications = ProcessTestBeans.register();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
    reset();
  }

  @Test
  void scoreTwoIsGradeSAndTheMissedSlaEscalatesToTheRegionalManagerWhileFirstContactStaysOpen() {
    Instant answeredAt = NOW.minus(Duration.ofMinutes(30));
    ProcessInstance rescue = start("S-1", 2, answeredAt);

    assertThat(rescue).isWaitingAt("Task_FirstContact", "Task_NotifyResponder")
        .variables().containsEntry("slaBreached", false).containsEntry("slaBreaches", 0)
        .containsEntry("grade", "S").containsEntry("alertLevel", "RED")
        .containsEntry("responderGroup", "service-manager").containsEntry("compensationAuthority", 5000L);
    assertThat(task("Task_FirstContact", rescue)).hasCandidateGroup("service-manager")
        .hasDueDate(Date.from(answeredAt.plus(Duration.ofHours(2))));
    Assertions.assertThat(notifications.all()).as("delivered after the case's step committed").isEmpty();
    Notifications.deliverAll(rescue);
    assertThat(rescue).hasPassed("EndEvent_ResponderNotified").isWaitingAt("Task_FirstContact");
    Assertions.assertThat(notifications.all()).extracting(Notification::channel, Notification::recipient,
            Notification::subject)
        .containsExactly(Assertions.tuple("ALERT", "service-manager", "Red alert / 红色预警 · Grade S / 等级S · 王先生 评分 score 2"));
    Assertions.assertThat(notifications.all().get(0).message()).as("the centre's local time, as people write it")
        .contains("First contact due by 2026-11-23 18:30 (2 h / 2小时)").contains("王先生 (+86 138 0000 0000)")
        .doesNotContain("CST").doesNotContain("GMT");

    Job sla = timer("Timer_ResponseSla", rescue);
    Assertions.assertThat(sla.getDuedate()).isEqualTo(Date.from(answeredAt.plus(Duration.ofHours(2))));
    ClockUtil.setCurrentTime(sla.getDuedate());
    execute(sla);

    assertThat(rescue).as("the escalation task does not wait for the delivery")
        .isWaitingAt("Task_FirstContact", "Task_HandleMissedResponse", "Task_NotifyEscalation");
    Notifications.deliverAll(rescue);
    assertThat(rescue).hasPassed("EndEvent_EscalationNotified")
        .isWaitingAt("Task_FirstContact", "Task_HandleMissedResponse")
        .variables().as("the SLA timer is marked in the model").containsEntry("slaBreached", true)
        .containsEntry("slaBreaches", 1);
    assertThat(task("Task_HandleMissedResponse", rescue)).hasCandidateGroup("regional-manager");
    Assertions.assertThat(notifications.all()).last()
        .extracting(Notification::recipient, Notification::subject)
        .containsExactly("regional-manager", "响应超时 Response SLA missed · Grade S / 等级S · 王先生");

    complete(task("Task_HandleMissedResponse", rescue), withVariables("escalationAction", "Called the manager"));
    assertThat(rescue).hasPassed("EndEvent_EscalationHandled").isWaitingAt("Task_FirstContact");
    assertThat(task("Task_FirstContact", rescue)).hasCandidateGroup("service-manager");
  }

  @Test
  void everyStepOfAGradeSRescueIsDueByItsSopWindowWithTheGradesPriorityAndShowsItsCaseInTasklist() {
    Instant answeredAt = NOW.minus(Duration.ofMinutes(40));
    ProcessInstance rescue = start("S-DUE", 1, answeredAt);

    Task first = task("Task_FirstContact", rescue);
    assertThat(first).hasDueDate(timer("Timer_ResponseSla", rescue).getDuedate());
    Assertions.assertThat(first.getPriority()).as("grade S: first in Tasklist").isEqualTo(90);
    Assertions.assertThat(taskService().getVariablesLocal(first.getId())).as("the row's columns, readable with the task")
        .containsEntry("tasklistCustomer", "王先生").containsEntry("tasklistCase", "S-DUE")
        .containsEntry("tasklistGrade", "S").doesNotContainKey("tasklistRiskLevel");
    firstContact(rescue);
    assertDue("Task_Investigate", rescue, answeredAt.plus(Duration.ofHours(8)), 90);
    investigate(rescue, "OURS");
    assertDue("Task_DesignSolution", rescue, answeredAt.plus(Duration.ofHours(12)), 90);
    design(rescue, 5000, 1000, 500);
    assertDue("Task_ApproveCompensation", rescue, answeredAt.plus(Duration.ofHours(12)), 90);
    complete(task("Task_ApproveCompensation", rescue),
        withVariables(RescueVariables.APPROVAL_DECISION.name(), ApprovalDecision.APPROVED.name(), "approvalComment", "ok"));
    assertDue("Task_ExecuteAndFollowUp", rescue, answeredAt.plus(Duration.ofHours(72)), 90);
    executeSolution(rescue, "ACCEPTED");
    runtimeService().createMessageCorrelation("ReRatingReceived").processInstanceId(rescue.getId())
        .setVariable("reRatingScore", 8).correlate();
    execute(timer("Timer_ReviewDue", rescue));
    Task review = task("Task_ReviewAndImprove", rescue);
    Assertions.assertThat(review.getPriority()).isEqualTo(90);
    Assertions.assertThat(review.getDueDate()).as("the SOP gives step 6 no end").isNull();
  }

  @Test
  void aGradeBRescueKeepsTheSopsLengthsAfterItsLongerFirstContactWindowAndComesAfterGradesSAndA() {
    ProcessInstance rescue = start("B-DUE", 6, NOW);

    Assertions.assertThat(task("Task_FirstContact", rescue)).extracting(Task::getPriority, Task::getDueDate)
        .containsExactly(50, Date.from(NOW.plus(Duration.ofHours(24))));
    execute(timer("Timer_ResponseSla", rescue));
    Assertions.assertThat(task("Task_HandleMissedResponse", rescue).getPriority()).isEqualTo(50);
    firstContact(rescue);
    assertDue("Task_Investigate", rescue, NOW.plus(Duration.ofHours(28)), 50);
    investigate(rescue, "OURS");
    assertDue("Task_DesignSolution", rescue, NOW.plus(Duration.ofHours(32)), 50);
    design(rescue, 300, 100, 0);
    assertDue("Task_ExecuteAndFollowUp", rescue, NOW.plus(Duration.ofHours(72)), 50);

    ProcessInstance gradeA = start("A-DUE", 4, NOW);
    Assertions.assertThat(task("Task_FirstContact", gradeA).getPriority()).isEqualTo(70);
  }

  private static void assertDue(String taskKey, ProcessInstance rescue, Instant due, int priority) {
    Task open = task(taskKey, rescue);
    Assertions.assertThat(open.getDueDate()).as("%s due", taskKey).isEqualTo(Date.from(due));
    Assertions.assertThat(open.getPriority()).as("%s priority", taskKey).isEqualTo(priority);
  }

  @Test
  void aLateSurveyKeepsItsTrueDeadline() {
    Instant answeredAt = NOW.minus(Duration.ofHours(3));
    ProcessInstance rescue = start("A-1", 5, answeredAt);

    assertThat(rescue).variables().containsEntry("grade", "A").containsEntry("escalationGroup", "regional-manager");
    assertThat(task("Task_FirstContact", rescue)).as("the manager supervises and may take it")
        .hasCandidateGroup("service-advisor").hasCandidateGroup("service-manager");
    Notifications.deliverAll(rescue);
    Assertions.assertThat(notifications.all()).as("a yellow alert tells the service manager too")
        .extracting(Notification::recipient, Notification::subject)
        .containsExactly(Assertions.tuple("service-advisor,service-manager", "Yellow alert / 黄色预警 · Grade A / 等级A · 王先生 评分 score 5"));
    Assertions.assertThat(timer("Timer_ResponseSla", rescue).getDuedate())
        .isEqualTo(Date.from(answeredAt.plus(Duration.ofHours(6))));
  }

  @Test
  void gradeBMissesItsSlaToTheServiceManager() {
    ProcessInstance rescue = start("B-1", 6, NOW);

    assertThat(rescue).variables().containsEntry("grade", "B").containsEntry("compensationAuthority", 500L)
        .containsEntry("notifiedGroups", "service-advisor,service-manager");
    Assertions.assertThat(taskService().getIdentityLinksForTask(task("Task_FirstContact", rescue).getId()))
        .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId).containsExactly("service-advisor");
    Job sla = timer("Timer_ResponseSla", rescue);
    Assertions.assertThat(sla.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(24))));
    execute(sla);
    assertThat(task("Task_HandleMissedResponse", rescue)).hasCandidateGroup("service-manager");
  }

  @Test
  void withinAuthorityTheRescueRunsToAPromoterAndTheReviewAfter72Hours() {
    Instant answeredAt = NOW.minus(Duration.ofMinutes(10));
    ProcessInstance rescue = start("S-2", 2, answeredAt);
    Notifications.deliverAll(rescue);
    firstContact(rescue);
    investigate(rescue, "OURS");
    design(rescue, 3000, 800, 500);

    assertThat(rescue).hasPassed("Task_CheckCompensation").isWaitingAt("Task_ExecuteAndFollowUp")
        .variables().containsEntry("approvalLevel", "AUTO").containsEntry("totalCompensation", 4300L);
    executeSolution(rescue, "ACCEPTED");

    assertThat(rescue).as("the wait starts before the invitation is delivered")
        .isWaitingAt("Gateway_AwaitReRating", "Task_InviteReRating").hasPassed("Gateway_ReRatingAlreadyIn")
        .variables().containsEntry("reRating", "WAITING");
    Notifications.deliverAll(rescue);
    assertThat(rescue).hasPassed("EndEvent_ReRatingInvited").isWaitingAt("Gateway_AwaitReRating");
    Assertions.assertThat(notifications.all()).last()
        .extracting(Notification::channel, Notification::recipient)
        .containsExactly("SURVEY", "customer:C-1001");
    Assertions.assertThat(notifications.all()).last().extracting(Notification::message).asString()
        .startsWith("尊敬的 王先生, 您的问题已处理完毕。").contains("Dear 王先生, your case is resolved.");
    runtimeService().createMessageCorrelation("ReRatingReceived").processInstanceId(rescue.getId())
        .setVariable("reRatingScore", 10).correlate();

    assertThat(rescue).isWaitingAt("Timer_ReviewDue").variables().containsEntry("outcome", "PROMOTER");
    Job review = timer("Timer_ReviewDue", rescue);
    Assertions.assertThat(review.getDuedate()).isEqualTo(Date.from(answeredAt.plus(Duration.ofHours(72))));
    execute(review);

    assertThat(task("Task_ReviewAndImprove", rescue)).hasCandidateGroup("service-manager");
    complete(task("Task_ReviewAndImprove", rescue), withVariables("whatHappened", "scratch", "doneRight",
        "owned it", "doneWrong", "late", "systemImprovement", "progress SMS", "nominatedForJointReview", true));
    assertThat(rescue).isEnded().hasPassed("EndEvent_RescueClosed", "Event_ReRatingReceived")
        .hasNotPassed("Task_ApproveCompensation", "Timer_ReRatingWait", "Task_HandleMissedResponse");
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(rescue.getId())
        .variableName("slaBreached").singleResult().getValue()).as("every deadline was kept").isEqualTo(false);
  }

  @Test
  void aboveAuthorityTheServiceManagerApproves() {
    ProcessInstance rescue = start("B-2", 6, NOW);
    firstContact(rescue);
    investigate(rescue, "OURS");
    design(rescue, 1000, 200, 0);

    assertThat(rescue).isWaitingAt("Task_ApproveCompensation")
        .variables().containsEntry("approvalLevel", "SERVICE_MANAGER");
    assertThat(task("Task_ApproveCompensation", rescue)).hasCandidateGroup("service-manager");
    approve(rescue, ApprovalDecision.APPROVED, null);
    assertThat(rescue).isWaitingAt("Task_ExecuteAndFollowUp")
        .variables().containsEntry("totalCompensation", 1200L);
  }

  @Test
  void aboveFiveThousandTheRegionalManagerApprovesAndARejectionSendsThePlanBack() {
    ProcessInstance rescue = start("S-3", 1, NOW);
    firstContact(rescue);
    investigate(rescue, "OURS");
    design(rescue, 5000, 1000, 500);

    assertThat(task("Task_ApproveCompensation", rescue)).hasCandidateGroup("regional-manager");
    approve(rescue, ApprovalDecision.SENT_BACK, "too much, keep the home visit");
    assertThat(rescue).isWaitingAt("Task_DesignSolution")
        .variables().containsEntry("approvalComment", "too much, keep the home visit");

    design(rescue, 3000, 1000, 500);
    assertThat(rescue).isWaitingAt("Task_ExecuteAndFollowUp").variables().containsEntry("approvalLevel", "AUTO");
  }

  @Test
  void aPlanSentBackAndDesignedAgainComesBeforeTheApproverWithoutTheFirstDecision() {
    ProcessInstance rescue = start("S-4", 1, NOW);
    firstContact(rescue);
    investigate(rescue, "OURS");
    design(rescue, 5000, 1000, 500);
    approve(rescue, ApprovalDecision.SENT_BACK, "too much");

    design(rescue, 5000, 500, 500);

    assertThat(rescue).isWaitingAt("Task_ApproveCompensation").variables()
        .containsEntry("totalCompensation", 6000L).containsEntry("approvalDecision", null)
        .containsEntry("approvalComment", null);
    approve(rescue, ApprovalDecision.APPROVED, null);
    assertThat(rescue).isWaitingAt("Task_ExecuteAndFollowUp").variables()
        .containsEntry("approvalDecision", "APPROVED");
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(rescue.getId())
        .taskDefinitionKey("Task_ApproveCompensation").count()).isEqualTo(2);
  }

  @Test
  void withoutReRatingWithinTheWaitTheOutcomeIsRecordedFromTheCustomerResponse() {
    ProcessInstance accepted = runToReRatingWait("W-1", "ACCEPTED");
    execute(timer("Timer_ReRatingWait", accepted));
    assertThat(accepted).isWaitingAt("Timer_ReviewDue").hasNotPassed("Event_ReRatingReceived")
        .variables().containsEntry("outcome", "RECOVERED");

    ProcessInstance refused = runToReRatingWait("W-2", "REFUSED");
    Job wait = timer("Timer_ReRatingWait", refused);
    Assertions.assertThat(wait.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(7))));
    execute(wait);
    assertThat(refused).variables().containsEntry("outcome", "NOT_RECOVERED");
  }

  @Test
  void aChurnedCustomerIsNotAskedToReRate() {
    ProcessInstance rescue = start("C-1", 3, NOW);
    firstContact(rescue);
    investigate(rescue, "CUSTOMER");
    design(rescue, 300, 0, 0);
    executeSolution(rescue, "CHURNED");

    assertThat(rescue).isWaitingAt("Timer_ReviewDue").hasNotPassed("Task_InviteReRating")
        .variables().containsEntry("outcome", "CHURNED")
        .as("a re-rating after this is not kept for a wait that never comes").containsEntry("reRating", "WAITING");
    Assertions.assertThat(notifications.all()).extracting(Notification::channel).doesNotContain("SURVEY");
  }

  @Test
  void aReRatingThatCameDuringTheFollowUpDecidesTheOutcomeWithoutInvitationOrWait() {
    ProcessInstance rescue = start("E-1", 5, NOW);
    firstContact(rescue);
    investigate(rescue, "OURS");
    design(rescue, 500, 0, 0);
    Date reRatedAt = Date.from(NOW.plus(Duration.ofHours(30)));
    reRateEarly(rescue, 9, reRatedAt);
    assertThat(rescue).as("kept; the follow-up goes on").isWaitingAt("Task_ExecuteAndFollowUp");

    executeSolution(rescue, "ACCEPTED");
    assertThat(rescue).isWaitingAt("Timer_ReviewDue").hasPassed("Gateway_ReRatingAlreadyIn", "Task_DecideOutcome")
        .hasNotPassed("Gateway_CustomerChurned", "Task_InviteReRating", "Gateway_AwaitReRating",
            "Event_ReRatingReceived", "Timer_ReRatingWait")
        .variables().containsEntry("outcome", "PROMOTER").containsEntry("reRatingScore", 9)
        .containsEntry("reRatedAt", reRatedAt).containsEntry("reRating", "TAKEN_EARLY");
    Notifications.deliverAll(rescue);
    Assertions.assertThat(notifications.all()).extracting(Notification::channel).as("not invited again")
        .doesNotContain("SURVEY");
  }

  @Test
  void anEarlyReRatingOfAChurnedCustomerStillRecordsTheChurn() {
    ProcessInstance rescue = start("E-2", 3, NOW);
    firstContact(rescue);
    investigate(rescue, "CUSTOMER");
    design(rescue, 300, 0, 0);
    reRateEarly(rescue, 2, Date.from(NOW.plus(Duration.ofHours(20))));
    executeSolution(rescue, "CHURNED");

    assertThat(rescue).isWaitingAt("Timer_ReviewDue").hasPassed("Gateway_ReRatingAlreadyIn")
        .hasNotPassed("Task_InviteReRating").variables().containsEntry("outcome", "CHURNED");
  }

  @Test
  void thePromisedCallBackTimeRemindsTheResponderWithoutStoppingTheWork() {
    ProcessInstance rescue = start("R-1", 4, NOW);
    firstContact(rescue);

    Job callback = timer("Timer_PromisedCallback", rescue);
    Assertions.assertThat(callback.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-23T20:00:00Z")));
    execute(callback);
    Notifications.deliverAll(rescue);

    assertThat(rescue).hasPassed("EndEvent_CallbackReminded").isWaitingAt("Task_Investigate");
    Assertions.assertThat(notifications.all()).last()
        .extracting(Notification::channel, Notification::recipient)
        .containsExactly("REMINDER", "service-advisor");
  }

  @Test
  void aNotificationThatCannotBeDeliveredNeverHoldsTheCaseBack() {
    Mocks.register("sendNotification", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
      throw new IllegalStateException("mail server down");
    });
    ProcessInstance rescue = start("F-1", 2, NOW);
    Job delivery = managementService().createJobQuery().processInstanceId(rescue.getId())
        .activityId("Task_NotifyResponder").singleResult();
    Assertions.assertThatThrownBy(() -> execute(delivery)).hasMessageContaining("mail server down");
    managementService().setJobRetries(delivery.getId(), 0);
    Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(rescue.getId()).count())
        .as("every try failed: an incident for an operator").isEqualTo(1);

    firstContact(rescue);
    assertThat(rescue).as("the case went on").isWaitingAt("Task_Investigate", "Task_NotifyResponder")
        .hasPassed("Task_FirstContact");
  }

  // --- steps, completed with what the forms submit ---

  /** Starts a rescue as the intake does; its notification waits for delivery (see Notifications). */
  private ProcessInstance start(String surveyId, int score, Instant answeredAt) {
    var variables = survey(surveyId, score, answeredAt);
    RescueVariables.RE_RATING.putIn(variables, OutsideEventGate.State.EXPECTED);
    return runtimeService().startProcessInstanceByKey("lowScoreRescue", surveyId, variables);
  }

  /** What the re-rating endpoint does while the rescue is not waiting yet: keeps it (OutsideEventGate). */
  private static void reRateEarly(ProcessInstance rescue, int score, Date at) {
    var early = org.camunda.bpm.engine.variable.Variables.createVariables();
    RescueVariables.RE_RATING.putIn(early, OutsideEventGate.State.EARLY);
    RescueVariables.RE_RATING_SCORE.putIn(early, score);
    RescueVariables.RE_RATED_AT.putIn(early, at);
    runtimeService().setVariables(rescue.getId(), early);
  }

  private ProcessInstance runToReRatingWait(String surveyId, String customerResponse) {
    ProcessInstance rescue = start(surveyId, 5, NOW);
    firstContact(rescue);
    investigate(rescue, "SHARED");
    design(rescue, 500, 300, 0);
    executeSolution(rescue, customerResponse);
    assertThat(rescue).isWaitingAt("Gateway_AwaitReRating");
    return rescue;
  }

  private void firstContact(ProcessInstance rescue) {
    complete(task("Task_FirstContact", rescue), withVariables("leapListened", true,
        "leapEmpathized", true, "leapAcknowledged", true, "leapPromised", true,
        "painPoints", "missed picking up my child", "promise", "full solution by 20:00 tonight",
        "promisedCallbackAt", CALLBACK_AT));
  }

  private void investigate(ProcessInstance rescue, String responsibility) {
    complete(task("Task_Investigate", rescue), withVariables("facts", "CCTV shows the scratch",
        "responsibility", responsibility, "rootCauseCategory", "WAIT_TIME",
        "shortTermRemedy", "repaint", "longTermFix", "progress notices", "systemChange", "dispatch"));
  }

  /** What the approval form sends: the choice, and the reason only when the plan is sent back. */
  private void approve(ProcessInstance rescue, ApprovalDecision decision, String reason) {
    VariableMap form = RescueVariables.APPROVAL_DECISION.putIn(Variables.createVariables(), decision);
    if (reason != null) {
      RescueVariables.APPROVAL_COMMENT.putIn(form, reason);
    }
    complete(task("Task_ApproveCompensation", rescue), form);
  }

  private void design(ProcessInstance rescue, long problemFix, long loss, long emotional) {
    complete(task("Task_DesignSolution", rescue), Map.of(
        "problemFixItems", "free paint", "problemFixValue", problemFix,
        "lossCompensationItems", "wash coupons", "lossCompensationValue", loss,
        "emotionalRepairItems", "home visit", "emotionalRepairValue", emotional));
  }

  private void executeSolution(ProcessInstance rescue, String customerResponse) {
    complete(task("Task_ExecuteAndFollowUp", rescue), withVariables("calledBackAtPromisedTime", true,
        "homeVisitDone", true, "fixStarted", true, "progressUpdates", "photos sent",
        "customerResponse", customerResponse));
  }

  private static Job timer(String activityId, ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
  }
}
