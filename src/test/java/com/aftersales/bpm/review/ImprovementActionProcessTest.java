package com.aftersales.bpm.review;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.ProcessTestBeans;
import com.aftersales.bpm.support.RecordingNotifications;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/improvement-action.bpmn")
class ImprovementActionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.Companion.builder()
      .assertClassCoverageAtLeast(0.9).build();

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final Instant DEADLINE = NOW.plus(Duration.ofDays(14));
  private RecordingNotifications notifications;

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
    notifications = ProcessTestBeans.register();
    if (identityService().createUserQuery().userId("sales1").count() == 0) {
      identityService().saveUser(identityService().newUser("sales1"));
      identityService().saveGroup(identityService().newGroup("sales"));
      identityService().createMembership("sales1", "sales");
    }
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
    reset();
  }

  @Test
  void aPersonCarriesItOutAndSomeoneElseVerifiesIt() {
    ProcessInstance action = start("R1/1", "advisor", false);
    Task carryOut = task("Task_CarryOutAction", action);
    assertThat(carryOut).isAssignedTo("advisor").hasDueDate(Date.from(DEADLINE));
    complete(carryOut, withVariables("whatWasDone", "72 h pre-delivery call introduced"));
    assertThat(action).variables().containsEntry("actionState", "DONE");

    verifyAs("manager", action, true);
    assertThat(action).isEnded().hasPassed("EndEvent_ActionVerified")
        .variables().containsEntry("actionState", "VERIFIED").containsEntry("verifiedBy", "manager")
        .containsEntry("overdue", false);
  }

  @Test
  void theOwnerCannotVerifyTheirOwnAction() {
    ProcessInstance mine = start("R1/2", "advisor", false);
    complete(task("Task_CarryOutAction", mine), withVariables("whatWasDone", "done"));
    Assertions.assertThatThrownBy(() -> verifyAs("advisor", mine, true))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("cannot verify");

    ProcessInstance ours = start("R1/3", "sales", true);
    assertThat(task("Task_CarryOutAction", ours)).hasCandidateGroup("sales");
    complete(task("Task_CarryOutAction", ours), withVariables("whatWasDone", "one timeline for sales and delivery"));
    Assertions.assertThatThrownBy(() -> verifyAs("sales1", ours, true))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("(sales)");
    assertThat(ours).isWaitingAt("Task_VerifyAction");
  }

  @Test
  void aFailedVerificationSendsTheActionBackToItsOwner() {
    ProcessInstance action = start("R1/4", "sales", true);
    complete(task("Task_CarryOutAction", action), withVariables("whatWasDone", "half done"));
    verifyAs("storemanager", action, false);

    assertThat(action).isWaitingAt("Task_CarryOutAction");
    complete(task("Task_CarryOutAction", action), withVariables("whatWasDone", "now done"));
    verifyAs("storemanager", action, true);
    assertThat(action).isEnded();
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(action.getId())
        .taskDefinitionKey("Task_CarryOutAction").count()).isEqualTo(2);
  }

  @Test
  void theOwnerIsRemindedBeforeTheDeadlineAndTheStoreManagerEscalatesWhenItPasses() {
    ProcessInstance action = start("R1/5", "advisor", false);

    Job reminder = timer(action, "Timer_ActionReminder");
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(Date.from(DEADLINE.minus(Duration.ofDays(3))));
    execute(reminder);
    Notifications.deliverAll(action);
    Assertions.assertThat(notifications.all()).extracting(Notification::channel, Notification::recipient)
        .containsExactly(Assertions.tuple("REMINDER", "advisor"));
    Assertions.assertThat(notifications.all().get(0).message()).startsWith("截止 Due 2026-03-16 18:00.");

    execute(timer(action, "Timer_ActionOverdue"));
    assertThat(action).variables().containsEntry("overdue", true);
    assertThat(task("Task_HandleOverdueAction", action)).as("does not wait for the owner's notice")
        .hasCandidateGroup("store-manager");
    Notifications.deliverAll(action);
    Assertions.assertThat(notifications.all()).last()
        .extracting(Notification::channel, Notification::recipient, Notification::subject)
        .containsExactly("ALERT", "advisor", "改进措施已逾期 Improvement action overdue · 72-hour pre-delivery three-party confirmation");
    complete(task("Task_HandleOverdueAction", action), withVariables("overdueFollowUp", "new date agreed"));
    assertThat(action).hasPassed("EndEvent_OwnerReminded", "EndEvent_OwnerToldOverdue", "EndEvent_OverdueHandled")
        .isWaitingAt("Task_CarryOutAction");
  }

  @Test
  void anActionDoneAfterItsDeadlineMissedItsSlaAlthoughNoTimerFired() {
    ProcessInstance late = start("R1/6", "advisor", false);
    ClockUtil.setCurrentTime(Date.from(DEADLINE.plus(Duration.ofHours(1)))); // the job executor is off
    complete(task("Task_CarryOutAction", late), withVariables("whatWasDone", "done an hour late"));
    assertThat(late).hasNotPassed("Timer_ActionOverdue").variables().containsEntry("slaBreached", true)
        .containsEntry("slaBreaches", 1).containsEntry("overdue", false);

    ProcessInstance onTime = start("R1/7", "advisor", false);
    ClockUtil.setCurrentTime(Date.from(DEADLINE)); // at the deadline is in time
    complete(task("Task_CarryOutAction", onTime), withVariables("whatWasDone", "done on the day"));
    assertThat(onTime).variables().containsEntry("slaBreached", false).containsEntry("slaBreaches", 0);
  }

  private ProcessInstance start(String key, String owner, boolean group) {
    return runtimeService().startProcessInstanceByKey("improvementAction", key, Variables.createVariables()
        .putValue("reviewId", "R1").putValue("actionText", "72-hour pre-delivery three-party confirmation")
        .putValue("actionOwner", owner).putValue("ownerIsGroup", group).putValue("actionDeadline", Date.from(DEADLINE))
        .putValue("acceptanceCriterion", "every delivery of the month confirmed 72 h ahead"));
  }

  private void verifyAs(String user, ProcessInstance action, boolean passed) {
    identityService().setAuthenticatedUserId(user);
    try {
      complete(task("Task_VerifyAction", action), withVariables("verificationPassed", passed,
          "verificationNote", passed ? "checked 20 deliveries" : "only 5 of 20 confirmed"));
    } finally {
      identityService().clearAuthentication();
    }
  }

  private static Job timer(ProcessInstance action, String activityId) {
    return managementService().createJobQuery().processInstanceId(action.getId()).activityId(activityId).singleResult();
  }
}
