package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 2.4 "any two force escalation" counts the signals of the whole order, not of one contact:
 * a complaint on one call and a demand for a definite answer on a later one are two signals; the
 * same signal on two calls is still one.
 */
class PartsCrisisSignalsTest extends PartsModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void aComplaintOnOneCallAndADeadlineDemandOnALaterOneEscalateAtTheSecond() {
    PartsOrderDriver o = waitingOrder("RO-ADD-UP");
    o.customerContact("这个态度我要投诉", 0);
    assertThat(o.order).variables().containsEntry("crisisSignals", "COMPLAINT_WORDS")
        .containsEntry("crisisSignalCount", 1).containsEntry("escalated", false);
    o.complete("Task_AnswerCustomer", "answer", "sorry, the supplier answers tomorrow 10:00");

    o.advanceTo(o.at(2));
    o.customerContact("你们给个准信吧", 1);
    assertThat(o.order).hasPassed("Event_CrisisFromContact").variables().containsEntry("escalated", true)
        .containsEntry("crisisSignals", "COMPLAINT_WORDS,DEMANDS_DEADLINE").containsEntry("crisisSignalCount", 2);
    assertThat(o.open("Task_ManagerCall")).hasCandidateGroup("service-manager");
    org.assertj.core.api.Assertions.assertThat(taskService().getVariable(o.open("Task_ManagerCall").getId(),
        "crisisSignalsInWords")).as("the manager sees every signal of the order, not only today's")
        .isEqualTo("Complaint, media or lawyer words / 提到投诉、曝光或律师, Demands a definite answer / 要求给个准信或最后期限");

    o.complete("Task_UpgradeCompensation", "upgradeItems", "free repair", "upgradeValue", 3000);
    assertThat(o.open("Task_ApproveUpgrade")).as("the first call's complaint is still a public-opinion risk")
        .hasCandidateGroup("regional-manager");
  }

  @Test
  void complaintWordsOnTwoCallsAreOneSignal() {
    PartsOrderDriver o = waitingOrder("RO-SAME-TWICE");
    o.customerContact("我要投诉", 0);
    o.complete("Task_AnswerCustomer", "answer", "sorry, tomorrow 10:00");
    o.advanceTo(o.at(2));
    o.customerContact("再不修好我就找媒体曝光", 0);

    assertThat(o.order).hasNotPassed("Event_CrisisFromContact").variables().containsEntry("escalated", false)
        .containsEntry("crisisSignals", "COMPLAINT_WORDS").containsEntry("crisisSignalCount", 1);
    assertThat(o.open("Task_AnswerCustomer")).hasCandidateGroup("service-advisor");
  }

  @Test
  void aComplaintOnAnEarlierCallAndTwiceThePromisedWaitEscalateAtTheTimer() {
    PartsOrderDriver o = waitingOrder("RO-WORDS-THEN-WAIT");
    o.customerContact("我要投诉", 0);
    o.complete("Task_AnswerCustomer", "answer", "sorry, tomorrow 10:00");
    o.advanceTo(o.at(1.5));
    o.customerContact("有进展了吗?", 1);
    o.complete("Task_AnswerCustomer", "answer", "the part ships today");
    assertThat(o.order).as("the plain chase keeps the complaint").variables()
        .containsEntry("crisisSignals", "COMPLAINT_WORDS").containsEntry("escalated", false);

    Job twiceTheWait = managementService().createJobQuery().processInstanceId(o.order.getId())
        .activityId("StartEvent_TwicePromisedPassed").singleResult();
    o.advanceTo(twiceTheWait.getDuedate().toInstant().minus(Duration.ofMinutes(1)));
    assertThat(o.order).hasNotPassed("Task_CheckWaitSignals").variables().containsEntry("escalated", false);
    ClockUtil.setCurrentTime(Date.from(twiceTheWait.getDuedate().toInstant()));
    execute(twiceTheWait);

    assertThat(o.order).hasPassed("Task_CheckWaitSignals", "Event_CrisisFromWait").variables()
        .containsEntry("escalated", true).containsEntry("crisisSignals", "COMPLAINT_WORDS,WAIT_BEYOND_TWICE_PROMISED")
        .containsEntry("crisisSignalCount", 2);
    assertThat(o.open("Task_ManagerCall")).hasCandidateGroup("service-manager");
  }

  /**
   * The customer's words on our own proactive update count as in a call or message of theirs (SPEC
   * 2.4 signals 3 to 5): "我要找律师" said on the 17:00 call is a signal, not only when typed into the app.
   */
  @Test
  void wordsTheCustomerSaysOnOurProactiveUpdateAreSignalsAsInTheirOwnContact() {
    PartsOrderDriver o = waitingOrder("RO-WORDS-ON-UPDATE");
    o.advanceTo(o.at(3.1));
    o.complete("Task_ProactiveUpdate", "whatWasSaid", "no news today", "nextAnswerBy", "Thursday 17:00",
        "customerReaction", "ANGRY", "latestContactText", "再拖下去我就找律师,今天必须给个准信");

    assertThat(o.order).hasPassed("Task_CheckUpdateSignals", "Event_CrisisFromUpdate").variables()
        .containsEntry("escalated", true).containsEntry("crisisSignals", "COMPLAINT_WORDS,DEMANDS_DEADLINE");
    assertThat(o.open("Task_ManagerCall")).hasCandidateGroup("service-manager");
  }
}
