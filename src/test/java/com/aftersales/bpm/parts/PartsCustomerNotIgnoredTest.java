package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seed 003: customers accept waiting, not being ignored. A customer who called or wrote is answered
 * within 2 h, and a broken promise is explained by 10:00 the next morning; late, the service manager
 * hears of it (an SLA deadline of the case) and the task stays open for whoever answers.
 */
class PartsCustomerNotIgnoredTest extends PartsModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void aCustomerWhoCalledAndIsNotAnsweredWithinTwoHoursIsTheManagersToKnow() {
    PartsOrderDriver o = waitingOrder("RO-UNANSWERED");
    o.customerContact("车什么时候能修好?", 1);
    Task answer = o.open("Task_AnswerCustomer");
    Instant called = answer.getCreateTime().toInstant();
    Assertions.assertThat(o.deadlineOf("Task_AnswerCustomer", "Timer_AnswerOverdue")).isEqualTo(called.plus(Duration.ofHours(2)));

    o.advanceTo(called.plus(Duration.ofHours(2)).plusSeconds(1));
    assertThat(o.order).hasPassed("Timer_AnswerOverdue", "Task_NotifyAnswerOverdue", "EndEvent_AnswerOverdueAlertSent")
        .variables().containsEntry("slaBreaches", 1);
    Assertions.assertThat(engine.notifications().all()).last().satisfies(alert -> {
      Assertions.assertThat(alert).extracting(Notification::channel, Notification::recipient)
          .containsExactly("ALERT", "service-manager");
      Assertions.assertThat(alert.subject()).contains("not answered within 2 h", "RO-UNANSWERED");
    });
    assertThat(o.open("Task_AnswerCustomer")).as("the answer is still owed").hasCandidateGroup("service-advisor");
    o.complete("Task_AnswerCustomer", "answer", "the part ships tomorrow, I call you at 17:00");
    assertThat(o.order).hasPassed("EndEvent_CustomerAnswered");
  }

  @Test
  void aCallTheCrmPostsLateIsDueTwoHoursAfterTheCallNotAfterThePost() {
    PartsOrderDriver o = waitingOrder("RO-POSTED-LATE");
    Instant called = ClockUtil.getCurrentTime().toInstant().minus(Duration.ofMinutes(90));
    runtimeService().createMessageCorrelation("PartsCustomerContact").processInstanceId(o.order.getId())
        .setVariables(Map.of("latestContactText", "车什么时候能修好?", "consecutiveChases", 1,
            "latestContactChannel", "PHONE", "latestContactAt", Date.from(called)))
        .correlate();

    Assertions.assertThat(o.deadlineOf("Task_AnswerCustomer", "Timer_AnswerOverdue"))
        .as("the customer called 90 min before the CRM posted it: 30 min are left").isEqualTo(called.plus(Duration.ofHours(2)));
  }

  @Test
  void anAnswerInTimeIsNoBreach() {
    PartsOrderDriver o = waitingOrder("RO-ANSWERED");
    o.customerContact("有进展吗?", 1);
    o.complete("Task_AnswerCustomer", "answer", "the part ships tomorrow");
    o.advanceTo(o.at(1.5));
    assertThat(o.order).hasPassed("EndEvent_CustomerAnswered").hasNotPassed("Timer_AnswerOverdue")
        .variables().containsEntry("slaBreaches", 0);
  }

  @Test
  void aBrokenPromiseNotExplainedBy10TheNextMorningIsTheManagersToKnow() {
    PartsOrderDriver o = waitingOrder("RO-UNEXPLAINED");
    o.advanceTo(Instant.parse("2026-03-05T00:00:00Z")); // the promise of 4 March passes at midnight
    Task explain = o.open("Task_ExplainDelay");
    Assertions.assertThat(o.deadlineOf("Task_ExplainDelay", "Timer_ExplainDelayOverdue"))
        .as("10:00 in the centre (UTC in the process tests)").isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));

    o.advanceTo(Instant.parse("2026-03-05T10:01:00Z"));
    assertThat(o.order).hasPassed("Timer_ExplainDelayOverdue", "Task_NotifyExplainDelayOverdue", "EndEvent_ExplainDelayOverdueAlertSent")
        .variables().as("the promise and its explanation").containsEntry("slaBreaches", 2);
    Assertions.assertThat(engine.notifications().all()).last().satisfies(alert -> {
      Assertions.assertThat(alert.recipient()).isEqualTo("service-manager");
      Assertions.assertThat(alert.subject()).contains("not explained", "RO-UNEXPLAINED");
    });
    Assertions.assertThat(o.open("Task_ExplainDelay").getId()).as("still owed, the same task").isEqualTo(explain.getId());
  }

  @Test
  void aPromiseWhoseTimerRunsLateIsStillToBeExplainedBy10() {
    PartsOrderDriver o = waitingOrder("RO-LATE-TIMER");
    Instant threeAm = Instant.parse("2026-03-05T03:00:00Z");
    ClockUtil.setCurrentTime(Date.from(threeAm)); // the application was down at midnight: the timer runs at 03:00
    o.advanceTo(threeAm);
    Assertions.assertThat(o.open("Task_ExplainDelay").getCreateTime().toInstant()).isEqualTo(threeAm);

    Assertions.assertThat(o.deadlineOf("Task_ExplainDelay", "Timer_ExplainDelayOverdue"))
        .as("10:00 the morning after the broken promise, however late the day's timer ran")
        .isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));
  }
}
