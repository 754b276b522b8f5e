package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seed 003, customers accept waiting, not being ignored, until the car is back: a call during the
 * repair, the handover or the survey's wait is answered within 2 h like one during the wait, and an
 * answer owed when the part arrives stays owed (the arrival answers nothing the customer asked).
 * Words said once the part is here are no crisis signals: SPEC 2.5's escalation gets a part.
 */
class PartsContactAfterArrivalTest extends PartsModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void anAnswerOwedWhenThePartArrivesStaysOwedAndItsLateAlertStillGoesOut() {
    PartsOrderDriver o = waitingOrder("RO-OWED-AT-ARRIVAL");
    o.customerContact("配件到了吗?", 1);
    Task owed = o.open("Task_AnswerCustomer");
    Instant due = o.deadlineOf("Task_AnswerCustomer", "Timer_AnswerOverdue");
    assertThat(o.order).hasPassed("Event_PassOnAnswerOwed", "EndEvent_ContactPassedOn", "StartEvent_AnswerOwed");

    o.partArrives();

    assertThat(o.order).isWaitingAt("Task_Repair", "Task_AnswerCustomer");
    Assertions.assertThat(o.open("Task_AnswerCustomer").getId()).as("the same answer, still owed").isEqualTo(owed.getId());
    Assertions.assertThat(o.deadlineOf("Task_AnswerCustomer", "Timer_AnswerOverdue")).as("due as before").isEqualTo(due);
    o.advanceTo(due.plusSeconds(1));
    assertThat(o.order).hasPassed("Timer_AnswerOverdue", "Task_NotifyAnswerOverdue", "EndEvent_AnswerOverdueAlertSent");
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::subject)
        .anyMatch(subject -> subject.contains("not answered within 2 h") && subject.contains("RO-OWED-AT-ARRIVAL"));
    o.complete("Task_AnswerCustomer", "answer", "the part is here, your car is ready at 17:00");
    assertThat(o.order).hasPassed("EndEvent_CustomerAnswered").isWaitingAt("Task_Repair");
  }

  @Test
  void aCustomerWhoWritesDuringTheRepairIsAnsweredWithinTwoHoursAndHisWordsDoNotEscalate() {
    PartsOrderDriver o = waitingOrder("RO-CALLS-IN-REPAIR");
    o.partArrives();
    Instant wrote = ClockUtil.getCurrentTime().toInstant();
    o.customerContactAfterArrival("车什么时候能修好?再拖我就投诉,给个准信");

    assertThat(o.order).hasPassed("StartEvent_ContactAfterArrival", "Event_PassOnContactAfterArrival",
        "EndEvent_ContactAfterArrivalPassedOn", "StartEvent_AnswerOwed").isWaitingAt("Task_Repair", "Task_AnswerCustomer");
    Task answer = o.open("Task_AnswerCustomer");
    assertThat(answer).hasCandidateGroup("service-advisor");
    Assertions.assertThat(runtimeService().getVariableLocal(answer.getExecutionId(), "latestContactText"))
        .isEqualTo("车什么时候能修好?再拖我就投诉,给个准信");
    Assertions.assertThat(o.deadlineOf("Task_AnswerCustomer", "Timer_AnswerOverdue")).isEqualTo(wrote.plus(Duration.ofHours(2)));
    assertThat(o.order).as("the part is here: no crisis escalation")
        .hasNotPassed("Task_CheckContactSignals", "StartEvent_CrisisEscalation");

    o.complete("Task_AnswerCustomer", "answer", "the repair is under way, ready by 16:00");
    assertThat(o.order).hasPassed("EndEvent_CustomerAnswered").isWaitingAt("Task_Repair");
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::subject)
        .noneMatch(subject -> subject.contains("RO-CALLS-IN-REPAIR") && subject.contains("not answered"));
  }

  @Test
  void theOrderClosesOnceTheLastAnswerOwedIsGiven() {
    PartsOrderDriver o = waitingOrder("RO-ANSWER-AFTER-SURVEY");
    o.partArrives();
    o.complete("Task_Repair", "repairDone", true);
    o.complete("Task_Handover", "handoverNote", "done");
    o.customerContactAfterArrival("发票什么时候开?");
    o.surveyAnswered(9);

    assertThat(o.order).as("the survey is in, the customer still waits for an answer")
        .hasPassed("EndEvent_OrderClosed").isWaitingAt("Task_AnswerCustomer").isNotEnded();
    o.complete("Task_AnswerCustomer", "answer", "the invoice is in your mail");
    assertThat(o.order).isEnded();
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::subject)
        .noneMatch(subject -> subject.contains("not answered") && subject.contains("RO-ANSWER-AFTER-SURVEY"));
  }
}
