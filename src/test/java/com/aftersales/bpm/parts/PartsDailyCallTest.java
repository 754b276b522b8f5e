package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The manager's daily call of an escalated order (SPEC 2.5, ADR 0054): due at 17:00 on the day
 * after the last call was recorded, opening at that day's start, so calls do not drift later each
 * day, come one a day and leave no day out; a call not made by 17:00 is the store manager's; a
 * customer who asks us to stop says why, and the store manager hears it. The process tests' centre
 * is in UTC: 17:00 is 17:00Z.
 */
class PartsDailyCallTest extends PartsModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void eachCallIsDueAt17OnTheDayAfterTheLastHoweverEarlyOrLateItWasRecorded() {
    PartsOrderDriver o = escalatedAndActed("RO-DAILY-CADENCE");
    assertThat(o.order).isWaitingAt("Timer_NextDailyCall").hasNotPassed("Task_DailyFollowUp");
    Assertions.assertThat(ProcessTestSupport.job(o.order, "Timer_NextDailyCall").getDuedate())
        .as("the first call opens the day after the crisis actions").isEqualTo(at("2026-03-04T00:00:00Z"));

    o.advanceTo(Instant.parse("2026-03-04T08:55:00Z"));
    Assertions.assertThat(o.deadlineOf("Task_DailyFollowUp", "Timer_DailyCallOverdue")).isEqualTo(Instant.parse("2026-03-04T17:00:00Z"));
    call(o); // early: 09:00
    assertThat(o.order).isWaitingAt("Timer_NextDailyCall");
    Assertions.assertThat(o.open("Task_DailyFollowUp")).as("not a second call the same day").isNull();

    o.advanceTo(Instant.parse("2026-03-05T22:55:00Z"));
    Assertions.assertThat(alerts("Daily call not made")).as("missed by 17:00 on the 5th").hasSize(1);
    call(o); // late in the day: 23:00, after the alert
    o.advanceTo(Instant.parse("2026-03-06T16:00:00Z"));
    call(o); // in time
    o.advanceTo(Instant.parse("2026-03-07T12:00:00Z"));

    List<HistoricTaskInstance> calls = o.tasks("Task_DailyFollowUp");
    Assertions.assertThat(calls).extracting(t -> t.getDueDate().toInstant().toString()).as("no drift")
        .containsExactly("2026-03-04T17:00:00Z", "2026-03-05T17:00:00Z", "2026-03-06T17:00:00Z", "2026-03-07T17:00:00Z");
    Assertions.assertThat(calls).extracting(t -> t.getStartTime().toInstant().toString()).as("one a day, from its start")
        .containsExactly("2026-03-04T00:00:00Z", "2026-03-05T00:00:00Z", "2026-03-06T00:00:00Z", "2026-03-07T00:00:00Z");
    Assertions.assertThat(alerts("Daily call not made")).as("only the 5th's was missed").singleElement().satisfies(n -> {
      Assertions.assertThat(n.recipient()).isEqualTo("store-manager");
      Assertions.assertThat(n.channel()).isEqualTo("URGENT");
      Assertions.assertThat(n.message()).contains("RO-DAILY-CADENCE", "Make sure the customer is called today");
    });
  }

  @Test
  void aCallRecordedTheNextDayIsThatDaysCallAndTheNextFollowsTheDayAfter() {
    PartsOrderDriver o = escalatedAndActed("RO-DAILY-NEXT-DAY");
    o.advanceTo(Instant.parse("2026-03-05T09:55:00Z"));
    call(o); // the 4th's call, recorded on the 5th at 10:00

    Assertions.assertThat(ProcessTestSupport.job(o.order, "Timer_NextDailyCall").getDuedate())
        .as("no second call on the 5th: the next opens on the 6th").isEqualTo(at("2026-03-06T00:00:00Z"));
    Assertions.assertThat(o.variable("dailyCallDue")).isEqualTo(at("2026-03-06T17:00:00Z"));
  }

  @Test
  void aCustomerWhoAsksUsToStopSaysWhyAndTheStoreManagerIsTold() {
    PartsOrderDriver o = escalatedAndActed("RO-DAILY-STOP");
    o.advanceTo(Instant.parse("2026-03-04T10:00:00Z"));
    o.complete("Task_DailyFollowUp", "dailyCallNote", "no news, transfer on its way", "customerReaction", "SILENT",
        "customerAsksToStop", true, "dailyCallsStopReason", "算了,到了再通知我 / fine, just tell me when it is here");
    o.advanceTo(Instant.parse("2026-03-06T18:00:00Z"));

    assertThat(o.order).hasPassed("EndEvent_DailyCallsStopped", "EndEvent_DailyCallsStoppedNoticeSent")
        .isWaitingAt("Event_PartArrived");
    Assertions.assertThat(o.tasks("Task_DailyFollowUp")).as("no call after the customer asked").hasSize(1);
    Assertions.assertThat(ProcessTestSupport.job(o.order, "Timer_NextDailyCall")).isNull();
    Assertions.assertThat(alerts("Daily calls stopped")).singleElement().satisfies(n -> {
      Assertions.assertThat(n.recipient()).isEqualTo("store-manager");
      Assertions.assertThat(n.channel()).isEqualTo("ALERT");
      Assertions.assertThat(n.message()).contains("算了,到了再通知我 / fine, just tell me when it is here");
    });
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(o.order.getId())
        .variableName("dailyCallsStopReason").singleResult().getValue()).as("kept in the case's history")
        .isEqualTo("算了,到了再通知我 / fine, just tell me when it is here");
  }

  @Test
  void theMissedCallAlertStillGoesOutWhenThePartArrivesBeforeItWasSent() {
    PartsOrderDriver o = escalatedAndActed("RO-DAILY-ARRIVAL");
    o.advanceTo(Instant.parse("2026-03-04T16:59:00Z"));
    Job overdue = ProcessTestSupport.job(o.order, "Timer_DailyCallOverdue");
    ClockUtil.setCurrentTime(overdue.getDuedate());
    execute(overdue); // the alert now waits for its job
    o.partArrives();

    assertThat(o.order).isWaitingAt("Task_Repair").hasPassed("EndEvent_DailyCallOverdueAlertSent");
    Assertions.assertThat(alerts("Daily call not made")).hasSize(1);
  }

  /**
   * An L3 order escalated on 3 March at 09:00 by a complaint that says "you don't care"; the LATTE
   * call, the transfer and an upgrade within the manager's authority done that morning.
   */
  private static PartsOrderDriver escalatedAndActed(String repairOrderId) {
    PartsOrderDriver o = PartsOrderDriver.report(repairOrderId, DAY0, "MINOR", false);
    o.setExpectation("2026-03-09");
    o.advanceTo(o.at(1));
    o.customerContact("我要投诉!你们根本不负责任", 1);
    o.complete("Task_ManagerCall", "latteListen", true, "latteAcknowledge", true, "latteTakeAction", true,
        "latteThank", true, "latteExplain", true, "hardDeadline", "2026-03-10");
    o.complete("Task_EmergencyTransfer", "sourceLocation", "Hangzhou", "transferEta", "2026-03-05", "logisticsCost", 3000);
    o.complete("Task_UpgradeCompensation", "upgradeItems", "free repair", "upgradeValue", 1000);
    assertThat(o.order).hasPassed("Gateway_EscalationJoin");
    return o;
  }

  private static void call(PartsOrderDriver o) {
    o.complete("Task_DailyFollowUp", "dailyCallNote", "no news today, transfer on its way", "customerReaction", "CALM",
        "customerAsksToStop", false);
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }

  private static List<Notification> alerts(String subject) {
    return engine.notifications().all().stream().filter(n -> n.subject().contains(subject)).toList();
  }
}
