package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.LowScoreRescueProcessTest.CALLBACK_AT;
import static com.aftersales.bpm.rescue.LowScoreRescueProcessTest.NOW;
import static com.aftersales.bpm.support.RescueProcessDriver.start;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.ApprovalDecision;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RescueModels;
import com.aftersales.bpm.support.RescueProcessDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A low-score rescue against its deadlines (SPEC §1, the SOP): each grade's first-contact SLA, alert
 * and who answers a missed one, every step's due date and priority, a late survey's true deadline,
 * the seven-day wait for a re-rating, and an alert that cannot be delivered never holding the case
 * back. These pass 67 % of the model and assert 65 %; the main path passes the rest
 * ({@link LowScoreRescueProcessTest}) but the promised call-back's reminder and SLA
 * ({@link PromisedCallbackSlaTest}), the grading again after a public-opinion risk found on the
 * first contact ({@link PublicOpinionFoundTest}), the follow-up's window ({@link FollowUpWindowTest})
 * and step 6's improvement actions ({@link RescueImprovementActionsTest}).
 */
class LowScoreRescueDeadlinesTest extends RescueModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageAtLeast(0.65).clockAt(NOW);

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
        .as("SPEC 1.1: a red alert reaches the service manager at once (the alert table's channel)")
        .containsExactly(Assertions.tuple("URGENT", "service-manager", "Red alert / 红色预警 · Grade S / S级 · 王先生 评分 score 2"));
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
        .extracting(Notification::channel, Notification::recipient, Notification::subject)
        .as("a red case still without first contact is urgent for the regional manager too")
        .containsExactly("URGENT", "regional-manager", "响应超时 Response SLA missed · Grade S / S级 · 王先生");

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
    Assertions.assertThat(engine.notifications().all()).as("a yellow alert tells the service manager too, by message")
        .extracting(Notification::channel, Notification::recipient, Notification::subject)
        .containsExactly(Assertions.tuple("ALERT", "service-advisor,service-manager", "Yellow alert / 黄色预警 · Grade A / A级 · 王先生 评分 score 5"));
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
    r.deliver();
    Assertions.assertThat(engine.notifications().all()).as("a yellow alert and its escalation are messages")
        .extracting(Notification::channel, Notification::recipient)
        .containsExactly(Assertions.tuple("ALERT", "service-advisor,service-manager"),
            Assertions.tuple("ALERT", "service-manager"));
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

  @Test
  void withoutReRatingWithinTheWaitTheOutcomeIsRecordedFromTheCustomerResponse() {
    RescueProcessDriver accepted = runToReRatingWait("W-1", "ACCEPTED");
    accepted.fire("Timer_ReRatingWait");
    assertThat(accepted.rescue).isWaitingAt("Timer_ReviewDue").hasNotPassed("Event_ReRatingReceived")
        .variables().containsEntry("outcome", "RECOVERED");
  }

  /**
   * SPEC 1.3 step 5, seed 004 (当问题彻底解决,客户表示满意后): only a customer who accepted the solution
   * is invited to re-rate. One who refused it is not asked and not waited for: NOT_RECOVERED at once.
   */
  @Test
  void aCustomerWhoRefusedTheSolutionIsNotInvitedToReRate() {
    RescueProcessDriver refused = start("W-2", 5, NOW).firstContact(CALLBACK_AT).investigate("SHARED")
        .design(500, 300, 0).executeSolution("REFUSED");
    assertThat(refused.rescue).isWaitingAt("Timer_ReviewDue").hasPassed("Gateway_SolutionAccepted", "Task_DecideOutcome")
        .hasNotPassed("Task_InviteReRating", "Gateway_AwaitReRating", "Timer_ReRatingWait")
        .variables().containsEntry("outcome", "NOT_RECOVERED");
    refused.deliver();
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::channel).as("no invitation")
        .doesNotContain("SURVEY");
  }

  private static RescueProcessDriver runToReRatingWait(String surveyId, String customerResponse) {
    RescueProcessDriver r = start(surveyId, 5, NOW).firstContact(CALLBACK_AT).investigate("SHARED").design(500, 300, 0)
        .executeSolution(customerResponse);
    assertThat(r.rescue).isWaitingAt("Gateway_AwaitReRating");
    return r;
  }
}
