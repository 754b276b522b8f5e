package com.aftersales.bpm.rescue;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.ApprovalDecision;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RescueProcessDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/low-score-rescue.bpmn", "processes/nps-alert-grade.dmn",
    "processes/compensation-approval.dmn", "processes/rescue-outcome.dmn"})
class LowScoreRescueProcessTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final String CALLBACK_AT = "2026-11-23T20:00Z"; // as the form's datetime field sends it

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageAtLeast(0.9).clockAt(NOW);

  @Test
  void scoreTwoIsGradeSAndTheMissedSlaEscalatesToTheRegionalManagerWhileFirstContactStaysOpen() {
    Instant answeredAt = NOW.minus(Duration.ofMinutes(30));
    RescueProcessDriver r = start("S-1", 2, answeredAt);

    assertThat(r.rescue).isWaitingAt("Task_FirstContact", "Task_NotifyResponder")
        .variables().containsEntry("slaBreached", false).containsEntry("slaBreaches", 0)
        .containsEntry("grade", "S").containsEntry("alertLevel", "RED")
        .containsEntry("responderGroup", "service-manager").containsEntry("compensationAuthority", 5000L);
    assertThat(r.task("Task_FirstContact")).hasCandidateGroup("service-manager")
        .hasDueDate(Date.from(answeredAt.plus(Duration.ofHours(2))));
    Assertions.assertThat(engine.notifications().all()).as("delivered after the case's step committed").isEmpty();
    r.deliver();
    assertThat(r.rescue).hasPassed("EndEvent_ResponderNotified").isWaitingAt("Task_FirstContact");
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::channel, Notification::recipient,
            Notification::subject)
        .containsExactly(Assertions.tuple("ALERT", "service-manager", "Red alert / 红色预警 · Grade S / 等级S · 王先生 评分 score 2"));
    Assertions.assertThat(engine.notifications().all().get(0).message()).as("the centre's local time, as people write it")
        .contains("First contact due by 2026-11-23 18:30 (2 h / 2小时)").contains("王先生 (+86 138 0000 0000)")
        .doesNotContain("CST").doesNotContain("GMT");

    Job sla = r.timer("Timer_ResponseSla");
    Assertions.assertThat(sla.getDuedate()).isEqualTo(Date.from(answeredAt.plus(Duration.ofHours(2))));
    ClockUtil.setCurrentTime(sla.getDuedate());
    execute(sla);

    assertThat(r.rescue).as("the escalation task does not wait for the delivery")
        .isWaitingAt("Task_FirstContact", "Task_HandleMissedResponse", "Task_NotifyEscalation");
    r.deliver();
    assertThat(r.rescue).hasPassed("EndEvent_EscalationNotified")
        .isWaitingAt("Task_FirstContact", "Task_HandleMissedResponse")
        .variables().as("the SLA timer is marked in the model").containsEntry("slaBreached", true)
        .containsEntry("slaBreaches", 1);
    assertThat(r.task("Task_HandleMissedResponse")).hasCandidateGroup("regional-manager");
    Assertions.assertThat(engine.notifications().all()).last()
        .extracting(Notification::recipient, Notification::subject)
        .containsExactly("regional-manager", "响应超时 Response SLA missed · Grade S / 等级S · 王先生");

    complete(r.task("Task_HandleMissedResponse"), withVariables("escalationAction", "Called the manager"));
    assertThat(r.rescue).hasPassed("EndEvent_EscalationHandled").isWaitingAt("Task_FirstContact");
    assertThat(r.task("Task_FirstContact")).hasCandidateGroup("service-manager");
  }

  @Test
  void everyStepOfAGradeSRescueIsDueByItsSopWindowWithTheGradesPriorityAndShowsItsCaseInTasklist() {
    Instant answeredAt = NOW.minus(Duration.ofMinutes(40));
    RescueProcessDriver r = start("S-DUE", 1, answeredAt);

    Task first = r.task("Task_FirstContact");
    assertThat(first).hasDueDate(r.timer("Timer_ResponseSla").getDuedate());
    Assertions.assertThat(first.getPriority()).as("grade S: first in Tasklist").isEqualTo(90);
    Assertions.assertThat(taskService().getVariablesLocal(first.getId())).as("the row's columns, readable with the task")
        .containsEntry("tasklistCustomer", "王先生").containsEntry("tasklistCase", "S-DUE")
        .containsEntry("tasklistGrade", "S").doesNotContainKey("tasklistRiskLevel");
    assertDue(r.firstContact(CALLBACK_AT), "Task_Investigate", answeredAt.plus(Duration.ofHours(8)), 90);
    assertDue(r.investigate("OURS"), "Task_DesignSolution", answeredAt.plus(Duration.ofHours(12)), 90);
    assertDue(r.design(5000, 1000, 500), "Task_ApproveCompensation", answeredAt.plus(Duration.ofHours(12)), 90);
    complete(r.task("Task_ApproveCompensation"),
        withVariables(RescueVariables.APPROVAL_DECISION.name(), ApprovalDecision.APPROVED.name(), "approvalComment", "ok"));
    assertDue(r, "Task_ExecuteAndFollowUp", answeredAt.plus(Duration.ofHours(72)), 90);
    r.executeSolution("ACCEPTED");
    r.reRate(8);
    r.fire("Timer_ReviewDue");
    Task review = r.task("Task_ReviewAndImprove");
    Assertions.assertThat(review.getPriority()).isEqualTo(90);
    Assertions.assertThat(review.getDueDate()).as("the SOP gives step 6 no end").isNull();
  }

  @Test
  void aGradeBRescueKeepsTheSopsLengthsAfterItsLongerFirstContactWindowAndComesAfterGradesSAndA() {
    RescueProcessDriver r = start("B-DUE", 6, NOW);

    Assertions.assertThat(r.task("Task_FirstContact")).extracting(Task::getPriority, Task::getDueDate)
        .containsExactly(50, Date.from(NOW.plus(Duration.ofHours(24))));
    r.fire("Timer_ResponseSla");
    Assertions.assertThat(r.task("Task_HandleMissedResponse").getPriority()).isEqualTo(50);
    assertDue(r.firstContact(CALLBACK_AT), "Task_Investigate", NOW.plus(Duration.ofHours(28)), 50);
    assertDue(r.investigate("OURS"), "Task_DesignSolution", NOW.plus(Duration.ofHours(32)), 50);
    assertDue(r.design(300, 100, 0), "Task_ExecuteAndFollowUp", NOW.plus(Duration.ofHours(72)), 50);

    RescueProcessDriver gradeA = start("A-DUE", 4, NOW);
    Assertions.assertThat(gradeA.task("Task_FirstContact").getPriority()).isEqualTo(70);
  }

  /** After the step {@code r} has just done: the next task's due date and priority. */
  private static void assertDue(RescueProcessDriver r, String taskKey, Instant due, int priority) {
    Task open = r.task(taskKey);
    Assertions.assertThat(open.getDueDate()).as("%s due", taskKey).isEqualTo(Date.from(due));
    Assertions.assertThat(open.getPriority()).as("%s priority", taskKey).isEqualTo(priority);
  }

  @Test
  void aLateSurveyKeepsItsTrueDeadline() {
    Instant answeredAt = NOW.minus(Duration.ofHours(3));
    RescueProcessDriver r = start("A-1", 5, answeredAt);

    assertThat(r.rescue).variables().containsEntry("grade", "A").containsEntry("escalationGroup", "regional-manager");
    assertThat(r.task("Task_FirstContact")).as("the manager supervises and may take it")
        .hasCandidateGroup("service-advisor").hasCandidateGroup("service-manager");
    r.deliver();
    Assertions.assertThat(engine.notifications().all()).as("a yellow alert tells the service manager too")
        .extracting(Notification::recipient, Notification::subject)
        .containsExactly(Assertions.tuple("service-advisor,service-manager", "Yellow alert / 黄色预警 · Grade A / 等级A · 王先生 评分 score 5"));
    Assertions.assertThat(r.timer("Timer_ResponseSla").getDuedate())
        .isEqualTo(Date.from(answeredAt.plus(Duration.ofHours(6))));
  }

  @Test
  void gradeBMissesItsSlaToTheServiceManager() {
    RescueProcessDriver r = start("B-1", 6, NOW);

    assertThat(r.rescue).variables().containsEntry("grade", "B").containsEntry("compensationAuthority", 500L)
        .containsEntry("notifiedGroups", "service-advisor,service-manager");
    Assertions.assertThat(taskService().getIdentityLinksForTask(r.task("Task_FirstContact").getId()))
        .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId).containsExactly("service-advisor");
    Job sla = r.timer("Timer_ResponseSla");
    Assertions.assertThat(sla.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(24))));
    execute(sla);
    assertThat(r.task("Task_HandleMissedResponse")).hasCandidateGroup("service-manager");
  }

  @Test
  void withinAuthorityTheRescueRunsToAPromoterAndTheReviewAfter72Hours() {
    Instant answeredAt = NOW.minus(Duration.ofMinutes(10));
    RescueProcessDriver r = start("S-2", 2, answeredAt).deliver().firstContact(CALLBACK_AT).investigate("OURS")
        .design(3000, 800, 500);

    assertThat(r.rescue).hasPassed("Task_CheckCompensation").isWaitingAt("Task_ExecuteAndFollowUp")
        .variables().containsEntry("approvalLevel", "AUTO").containsEntry("totalCompensation", 4300L);
    r.executeSolution("ACCEPTED");

    assertThat(r.rescue).as("the wait starts before the invitation is delivered")
        .isWaitingAt("Gateway_AwaitReRating", "Task_InviteReRating").hasPassed("Gateway_ReRatingAlreadyIn")
        .variables().containsEntry("reRating", "WAITING");
    r.deliver();
    assertThat(r.rescue).hasPassed("EndEvent_ReRatingInvited").isWaitingAt("Gateway_AwaitReRating");
    Assertions.assertThat(engine.notifications().all()).last()
        .extracting(Notification::channel, Notification::recipient)
        .containsExactly("SURVEY", "customer:C-1001");
    Assertions.assertThat(engine.notifications().all()).last().extracting(Notification::message).asString()
        .startsWith("尊敬的 王先生, 您的问题已处理完毕。").contains("Dear 王先生, your case is resolved.");
    r.reRate(10);

    assertThat(r.rescue).isWaitingAt("Timer_ReviewDue").variables().containsEntry("outcome", "PROMOTER");
    Job review = r.timer("Timer_ReviewDue");
    Assertions.assertThat(review.getDuedate()).isEqualTo(Date.from(answeredAt.plus(Duration.ofHours(72))));
    execute(review);

    assertThat(r.task("Task_ReviewAndImprove")).hasCandidateGroup("service-manager");
    r.reviewAndImprove(true);
    assertThat(r.rescue).isEnded().hasPassed("EndEvent_RescueClosed", "Event_ReRatingReceived")
        .hasNotPassed("Task_ApproveCompensation", "Timer_ReRatingWait", "Task_HandleMissedResponse");
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(r.rescue.getId())
        .variableName("slaBreached").singleResult().getValue()).as("every deadline was kept").isEqualTo(false);
  }

  @Test
  void aboveAuthorityTheServiceManagerApproves() {
    RescueProcessDriver r = start("B-2", 6, NOW).firstContact(CALLBACK_AT).investigate("OURS").design(1000, 200, 0);

    assertThat(r.rescue).isWaitingAt("Task_ApproveCompensation")
        .variables().containsEntry("approvalLevel", "SERVICE_MANAGER");
    assertThat(r.task("Task_ApproveCompensation")).hasCandidateGroup("service-manager");
    r.approve(ApprovalDecision.APPROVED, null);
    assertThat(r.rescue).isWaitingAt("Task_ExecuteAndFollowUp")
        .variables().containsEntry("totalCompensation", 1200L);
  }

  @Test
  void aboveFiveThousandTheRegionalManagerApprovesAndARejectionSendsThePlanBack() {
    RescueProcessDriver r = start("S-3", 1, NOW).firstContact(CALLBACK_AT).investigate("OURS")
        .design(5000, 1000, 500);

    assertThat(r.task("Task_ApproveCompensation")).hasCandidateGroup("regional-manager");
    r.approve(ApprovalDecision.SENT_BACK, "too much, keep the home visit");
    assertThat(r.rescue).isWaitingAt("Task_DesignSolution")
        .variables().containsEntry("approvalComment", "too much, keep the home visit");

    r.design(3000, 1000, 500);
    assertThat(r.rescue).isWaitingAt("Task_ExecuteAndFollowUp").variables().containsEntry("approvalLevel", "AUTO");
  }

  @Test
  void aPlanSentBackAndDesignedAgainComesBeforeTheApproverWithoutTheFirstDecision() {
    RescueProcessDriver r = start("S-4", 1, NOW).firstContact(CALLBACK_AT).investigate("OURS")
        .design(5000, 1000, 500).approve(ApprovalDecision.SENT_BACK, "too much");

    r.design(5000, 500, 500);

    assertThat(r.rescue).isWaitingAt("Task_ApproveCompensation").variables()
        .containsEntry("totalCompensation", 6000L).containsEntry("approvalDecision", null)
        .containsEntry("approvalComment", null);
    r.approve(ApprovalDecision.APPROVED, null);
    assertThat(r.rescue).isWaitingAt("Task_ExecuteAndFollowUp").variables()
        .containsEntry("approvalDecision", "APPROVED");
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(r.rescue.getId())
        .taskDefinitionKey("Task_ApproveCompensation").count()).isEqualTo(2);
  }

  @Test
  void withoutReRatingWithinTheWaitTheOutcomeIsRecordedFromTheCustomerResponse() {
    RescueProcessDriver accepted = runToReRatingWait("W-1", "ACCEPTED");
    accepted.fire("Timer_ReRatingWait");
    assertThat(accepted.rescue).isWaitingAt("Timer_ReviewDue").hasNotPassed("Event_ReRatingReceived")
        .variables().containsEntry("outcome", "RECOVERED");

    RescueProcessDriver refused = runToReRatingWait("W-2", "REFUSED");
    Job wait = refused.timer("Timer_ReRatingWait");
    Assertions.assertThat(wait.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(7))));
    execute(wait);
    assertThat(refused.rescue).variables().containsEntry("outcome", "NOT_RECOVERED");
  }

  @Test
  void aChurnedCustomerIsNotAskedToReRate() {
    RescueProcessDriver r = start("C-1", 3, NOW).firstContact(CALLBACK_AT).investigate("CUSTOMER").design(300, 0, 0)
        .executeSolution("CHURNED");

    assertThat(r.rescue).isWaitingAt("Timer_ReviewDue").hasNotPassed("Task_InviteReRating")
        .variables().containsEntry("outcome", "CHURNED")
        .as("a re-rating after this is not kept for a wait that never comes").containsEntry("reRating", "WAITING");
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::channel).doesNotContain("SURVEY");
  }

  @Test
  void aReRatingThatCameDuringTheFollowUpDecidesTheOutcomeWithoutInvitationOrWait() {
    RescueProcessDriver r = start("E-1", 5, NOW).firstContact(CALLBACK_AT).investigate("OURS").design(500, 0, 0);
    Date reRatedAt = Date.from(NOW.plus(Duration.ofHours(30)));
    r.reRateEarly(9, reRatedAt);
    assertThat(r.rescue).as("kept; the follow-up goes on").isWaitingAt("Task_ExecuteAndFollowUp");

    r.executeSolution("ACCEPTED");
    assertThat(r.rescue).isWaitingAt("Timer_ReviewDue").hasPassed("Gateway_ReRatingAlreadyIn", "Task_DecideOutcome")
        .hasNotPassed("Gateway_CustomerChurned", "Task_InviteReRating", "Gateway_AwaitReRating",
            "Event_ReRatingReceived", "Timer_ReRatingWait")
        .variables().containsEntry("outcome", "PROMOTER").containsEntry("reRatingScore", 9)
        .containsEntry("reRatedAt", reRatedAt).containsEntry("reRating", "TAKEN_EARLY");
    r.deliver();
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::channel).as("not invited again")
        .doesNotContain("SURVEY");
  }

  @Test
  void anEarlyReRatingOfAChurnedCustomerStillRecordsTheChurn() {
    RescueProcessDriver r = start("E-2", 3, NOW).firstContact(CALLBACK_AT).investigate("CUSTOMER").design(300, 0, 0);
    r.reRateEarly(2, Date.from(NOW.plus(Duration.ofHours(20))));
    r.executeSolution("CHURNED");

    assertThat(r.rescue).isWaitingAt("Timer_ReviewDue").hasPassed("Gateway_ReRatingAlreadyIn")
        .hasNotPassed("Task_InviteReRating").variables().containsEntry("outcome", "CHURNED");
  }

  @Test
  void thePromisedCallBackTimeRemindsTheResponderWithoutStoppingTheWork() {
    RescueProcessDriver r = start("R-1", 4, NOW).firstContact(CALLBACK_AT);

    Job callback = r.timer("Timer_PromisedCallback");
    Assertions.assertThat(callback.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-23T20:00:00Z")));
    execute(callback);
    r.deliver();

    assertThat(r.rescue).hasPassed("EndEvent_CallbackReminded").isWaitingAt("Task_Investigate");
    Assertions.assertThat(engine.notifications().all()).last()
        .extracting(Notification::channel, Notification::recipient)
        .containsExactly("REMINDER", "service-advisor");
  }

  @Test
  void aNotificationThatCannotBeDeliveredNeverHoldsTheCaseBack() {
    Mocks.register("sendNotification", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
      throw new IllegalStateException("mail server down");
    });
    RescueProcessDriver r = start("F-1", 2, NOW);
    Job delivery = r.timer("Task_NotifyResponder");
    Assertions.assertThatThrownBy(() -> execute(delivery)).hasMessageContaining("mail server down");
    managementService().setJobRetries(delivery.getId(), 0);
    Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(r.rescue.getId()).count())
        .as("every try failed: an incident for an operator").isEqualTo(1);

    r.firstContact(CALLBACK_AT);
    assertThat(r.rescue).as("the case went on").isWaitingAt("Task_Investigate", "Task_NotifyResponder")
        .hasPassed("Task_FirstContact");
  }

  private static RescueProcessDriver start(String surveyId, int score, Instant answeredAt) {
    return RescueProcessDriver.start(surveyId, score, answeredAt);
  }

  private static RescueProcessDriver runToReRatingWait(String surveyId, String customerResponse) {
    RescueProcessDriver r = start(surveyId, 5, NOW).firstContact(CALLBACK_AT).investigate("SHARED").design(500, 300, 0)
        .executeSolution(customerResponse);
    assertThat(r.rescue).isWaitingAt("Gateway_AwaitReRating");
    return r;
  }
}
