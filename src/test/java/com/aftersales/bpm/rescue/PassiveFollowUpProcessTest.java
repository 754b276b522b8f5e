package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.support.Surveys.survey;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/passive-follow-up.bpmn", "processes/nps-alert-grade.dmn"})
class PassiveFollowUpProcessTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageAtLeast(0.9).clockAt(NOW);

  @Test
  void scoreSevenGetsAnAdvisorFollowUpDueWithinThreeDays() {
    ProcessInstance followUp = start("P-1");

    assertThat(followUp).isWaitingAt("Task_PassiveFollowUp").variables()
        .containsEntry("alertLevel", "ORANGE").containsEntry("followUp", "PASSIVE_FOLLOW_UP");
    assertThat(task("Task_PassiveFollowUp", followUp)).hasCandidateGroup("service-advisor")
        .hasDueDate(Date.from(NOW.plus(Duration.ofDays(3))));
    Assertions.assertThat(task("Task_PassiveFollowUp", followUp).getPriority())
        .as("below every rescue (grade B is 50): the table's taskPriority").isEqualTo(30);

    followUp(followUp, PassiveFollowUpOutcome.NOW_PROMOTER, "customer pleased, will recommend us");
    assertThat(followUp).isEnded().hasPassed("EndEvent_FollowedUp")
        .hasNotPassed("Task_NotifyFollowUpOverdue", "Task_NotifyOpenProblem");
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(followUp.getId())
        .variableName("followUpOutcome").singleResult().getValue()).isEqualTo("NOW_PROMOTER");
    Assertions.assertThat(engine.notifications().all()).isEmpty();
  }

  @Test
  void aCustomerWhoStillHasAProblemIsTheServiceManagersToSolve() {
    ProcessInstance followUp = start("P-3");

    followUp(followUp, PassiveFollowUpOutcome.OPEN_ISSUE, "the rattle in the door is back");
    Notifications.deliverAll(followUp);

    assertThat(followUp).isEnded().hasPassed("Task_NotifyOpenProblem", "EndEvent_OpenProblemReported")
        .hasNotPassed("EndEvent_FollowedUp");
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::channel, Notification::recipient,
            Notification::subject)
        .containsExactly(Assertions.tuple("ALERT", "service-manager", "回访发现问题 Passive customer has an open problem · 王先生"));
    Assertions.assertThat(engine.notifications().all().get(0).message()).contains("P-3", "the rattle in the door is back");
  }

  @Test
  void anOverdueFollowUpIsReportedToTheServiceManagerAndStaysOpen() {
    ProcessInstance followUp = start("P-2");

    Job due = ProcessTestSupport.job(followUp, "Timer_FollowUpDue");
    Assertions.assertThat(due.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(3))));
    execute(due);
    Notifications.deliverAll(followUp);

    assertThat(followUp).hasPassed("EndEvent_OverdueNotified").isWaitingAt("Task_PassiveFollowUp");
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::channel, Notification::recipient)
        .containsExactly(Assertions.tuple("REMINDER", "service-manager"));
    Assertions.assertThat(engine.notifications().all().get(0).message())
        .isEqualTo("调查 Survey P-2: 7 分客户的回访应于 2026-11-26 17:00 前完成。 The score-7 follow-up was due by 2026-11-26 17:00.");
  }

  /** What the follow-up form sends. */
  private void followUp(ProcessInstance followUp, PassiveFollowUpOutcome outcome, String result) {
    VariableMap form = Variables.createVariables().putValue("gapToPromoter", "slow wash")
        .putValue("extraMileAction", "free wash next visit");
    RescueVariables.FOLLOW_UP_OUTCOME.putIn(form, outcome);
    RescueVariables.FOLLOW_UP_RESULT.putIn(form, result);
    complete(task("Task_PassiveFollowUp", followUp), form);
  }

  private ProcessInstance start(String surveyId) {
    return runtimeService().startProcessInstanceByKey("passiveFollowUp", surveyId, survey(surveyId, 7, NOW));
  }
}
