package com.aftersales.bpm.review;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.ReviewDriver;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/improvement-action.bpmn")
class ImprovementActionProcessTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final Instant DEADLINE = NOW.plus(Duration.ofDays(14));

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageAtLeast(0.9).clockAt(NOW).withUser("sales1", "sales");

  @Test
  void aPersonCarriesItOutAndSomeoneElseVerifiesIt() {
    ProcessInstance action = start("R1/1", "advisor", false);
    Task carryOut = task("Task_CarryOutAction", action);
    assertThat(carryOut).isAssignedTo("advisor").hasDueDate(Date.from(DEADLINE));
    complete(carryOut, withVariables("whatWasDone", "72 h pre-delivery call introduced"));
    assertThat(action).variables().containsEntry("actionState", "DONE");

    ReviewDriver.verify("manager", action, true);
    assertThat(action).isEnded().hasPassed("EndEvent_ActionVerified")
        .variables().containsEntry("actionState", "VERIFIED").containsEntry("verifiedBy", "manager")
        .containsEntry("overdue", false);
  }

  @Test
  void theOwnerCannotVerifyTheirOwnAction() {
    ProcessInstance mine = start("R1/2", "advisor", false);
    ReviewDriver.carryOut(mine, "done");
    Assertions.assertThatThrownBy(() -> ReviewDriver.verify("advisor", mine, true))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("cannot verify");

    ProcessInstance ours = start("R1/3", "sales", true);
    assertThat(task("Task_CarryOutAction", ours)).hasCandidateGroup("sales");
    ReviewDriver.carryOut(ours, "one timeline for sales and delivery");
    Assertions.assertThatThrownBy(() -> ReviewDriver.verify("sales1", ours, true))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("(sales)");
    assertThat(ours).isWaitingAt("Task_VerifyAction");
  }

  @Test
  void aFailedVerificationSendsTheActionBackToItsOwner() {
    ProcessInstance action = start("R1/4", "sales", true);
    ReviewDriver.carryOut(action, "half done");
    ReviewDriver.verify("storemanager", action, false);

    assertThat(action).isWaitingAt("Task_CarryOutAction");
    ReviewDriver.carryOut(action, "now done");
    ReviewDriver.verify("storemanager", action, true);
    assertThat(action).isEnded();
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(action.getId())
        .taskDefinitionKey("Task_CarryOutAction").count()).isEqualTo(2);
  }

  @Test
  void theOwnerIsRemindedBeforeTheDeadlineAndTheStoreManagerEscalatesWhenItPasses() {
    ProcessInstance action = start("R1/5", "advisor", false);

    Job reminder = ProcessTestSupport.job(action, "Timer_ActionReminder");
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(Date.from(DEADLINE.minus(Duration.ofDays(3))));
    execute(reminder);
    Notifications.deliverAll(action);
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::channel, Notification::recipient)
        .containsExactly(Assertions.tuple("REMINDER", "advisor"));
    Assertions.assertThat(engine.notifications().all().get(0).message()).startsWith("截止 Due 2026-03-16 18:00.");

    execute(ProcessTestSupport.job(action, "Timer_ActionOverdue"));
    assertThat(action).variables().containsEntry("overdue", true);
    assertThat(task("Task_HandleOverdueAction", action)).as("does not wait for the owner's notice")
        .hasCandidateGroup("store-manager");
    Notifications.deliverAll(action);
    Assertions.assertThat(engine.notifications().all()).last()
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
    ReviewDriver.carryOut(late, "done an hour late");
    assertThat(late).hasNotPassed("Timer_ActionOverdue").variables().containsEntry("slaBreached", true)
        .containsEntry("slaBreaches", 1).containsEntry("overdue", false);

    ProcessInstance onTime = start("R1/7", "advisor", false);
    ClockUtil.setCurrentTime(Date.from(DEADLINE)); // at the deadline is in time
    ReviewDriver.carryOut(onTime, "done on the day");
    assertThat(onTime).variables().containsEntry("slaBreached", false).containsEntry("slaBreaches", 0);
  }

  private static ProcessInstance start(String key, String owner, boolean group) {
    return ReviewDriver.startAction(key, owner, group, DEADLINE);
  }
}
