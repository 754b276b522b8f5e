package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The new promised date of "explain the delay" is watched (seed 003: day 6 a new date, day 9 still
 * no part, "I have escalated this to manager level"): a second broken promise escalates the order
 * to the manager, an order the manager already has gets another new date, and the part's arrival
 * ends the watch. The process tests' centre is in UTC, so a date passes at midnight UTC.
 */
class PartsNewPromiseTest extends PartsModels {

  /** A Monday; the first promise is Wednesday 4 March, broken at midnight, explained on day 3. */
  static final Instant NEW_DATE_PASSES = Instant.parse("2026-03-07T00:00:00Z");

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void aSecondBrokenPromiseEscalatesTheOrderToTheManager() {
    PartsOrderDriver o = promisedDatePassed("RO-DAY9");
    o.complete("Task_ExplainDelay", "newPromisedDate", "2026-03-06", "delayExplanation", "supplier delay",
        "delayCompensation", "free loaner");
    assertThat(o.order).isWaitingAt("Timer_NewPromisedDatePassed")
        .variables().containsEntry("newPromisedDeadline", Date.from(NEW_DATE_PASSES));
    Job newDate = ProcessTestSupport.job(o.order, "Timer_NewPromisedDatePassed");
    Assertions.assertThat(newDate.getDuedate()).isEqualTo(Date.from(NEW_DATE_PASSES));

    ClockUtil.setCurrentTime(newDate.getDuedate());
    execute(newDate);
    o.advanceTo(ClockUtil.getCurrentTime().toInstant()); // delivers the managers' alert

    assertThat(o.order).hasPassed("Timer_NewPromisedDatePassed", "Event_CrisisFromBrokenPromise",
            "EndEvent_BrokenPromiseEscalated", "StartEvent_CrisisEscalation", "EndEvent_CrisisNotified")
        .variables().containsEntry("escalated", true).containsEntry("escalatedAt", Date.from(NEW_DATE_PASSES))
        .containsEntry("crisisSignals", "NEW_PROMISE_BROKEN")
        .as("the promised date, the new promised date and the day-3 update left open").containsEntry("slaBreaches", 3);
    Task call = o.open("Task_ManagerCall");
    assertThat(call).hasCandidateGroup("service-manager");
    Assertions.assertThat(taskService().getVariable(call.getId(), "crisisSignalsInWords"))
        .isEqualTo("The new promised date passed too / 新的承诺日期再次落空");
    assertThat(o.open("Task_EmergencyTransfer")).hasCandidateGroup("parts-coordinator");
    assertThat(o.open("Task_UpgradeCompensation")).hasCandidateGroup("service-manager");
    Assertions.assertThat(engine.notifications().all()).as("the managers' crisis alert")
        .filteredOn(n -> n.recipient().equals("service-manager,regional-manager")).last()
        .extracting(Notification::message).asString().contains("Crisis signals: The new promised date passed too");
    Assertions.assertThat(ProcessTestSupport.job(o.order, "Timer_NewPromisedDatePassed")).as("nothing watched twice").isNull();
  }

  @Test
  void anOrderTheManagerHasAlreadyGetsAnotherNewDateAndThatOneIsWatched() {
    PartsOrderDriver o = newDateBrokenWithTheManagerOnIt("RO-ESCALATED");
    assertThat(o.order).hasPassed("Timer_NewPromisedDatePassed", "Gateway_EscalatedAlready")
        .hasNotPassed("Event_CrisisFromBrokenPromise").isWaitingAt("Task_ExplainDelay")
        .variables().containsEntry("crisisSignals", "COMPLAINT_WORDS,YOU_DONT_CARE")
        .as("the promised date, the new one, the day-3 update, the crisis call left open").containsEntry("slaBreaches", 4);
    Assertions.assertThat(o.tasks("Task_ExplainDelay")).as("a second new date").hasSize(2);
    Assertions.assertThat(o.tasks("Task_ManagerCall")).as("escalated once per order").hasSize(1);
    Assertions.assertThat(o.deadlineOf("Task_ExplainDelay", "Timer_ExplainDelayOverdue"))
        .as("explained by 10:00 the morning after the new promise (6 March) broke").isEqualTo(Instant.parse("2026-03-07T10:00:00Z"));

    o.complete("Task_ExplainDelay", "newPromisedDate", "2026-03-10", "delayExplanation", "transfer from Hangzhou",
        "delayCompensation", "upgraded with the manager");
    Date third = Date.from(Instant.parse("2026-03-11T00:00:00Z"));
    assertThat(o.order).isWaitingAt("Timer_NewPromisedDatePassed").variables().containsEntry("newPromisedDeadline", third);
    Assertions.assertThat(ProcessTestSupport.job(o.order, "Timer_NewPromisedDatePassed").getDuedate()).isEqualTo(third);
  }

  /** The second round opens empty: the broken date prefilled would only be refused (RecordNewPromiseListener). */
  @Test
  void eachRoundAsksForADateAfreshAndShowsThePromiseJustBroken() {
    Assertions.assertThat(formVariables(promisedDatePassed("RO-FIRST-ROUND"))).as("first round")
        .containsEntry("newPromisedDate", null).containsEntry("promiseBrokenInWords", "2026-03-04");

    PartsOrderDriver o = newDateBrokenWithTheManagerOnIt("RO-SECOND-ROUND");

    Assertions.assertThat(formVariables(o)).as("second round: no new date, the broken one shown")
        .containsEntry("newPromisedDate", null).containsEntry("promiseBrokenInWords", "2026-03-06");
    o.complete("Task_ExplainDelay", "newPromisedDate", "2026-03-10", "delayExplanation", "transfer from Hangzhou",
        "delayCompensation", "upgraded with the manager");
    assertThat(o.order).isWaitingAt("Timer_NewPromisedDatePassed").variables()
        .as("the order keeps the latest promise").containsEntry("newPromisedDate", "2026-03-10");
  }

  @Test
  void thePartArrivingBeforeTheNewDateEndsTheWatch() {
    PartsOrderDriver o = promisedDatePassed("RO-ARRIVED");
    o.complete("Task_ExplainDelay", "newPromisedDate", "2026-03-06", "delayExplanation", "supplier delay",
        "delayCompensation", "free loaner");
    o.advanceTo(o.at(4));
    o.partArrives();

    Assertions.assertThat(ProcessTestSupport.job(o.order, "Timer_NewPromisedDatePassed")).isNull();
    o.complete("Task_Repair", "repairDone", true);
    o.advanceTo(o.at(10));
    assertThat(o.order).isWaitingAt("Task_Handover").hasNotPassed("Gateway_EscalatedAlready", "Event_CrisisFromBrokenPromise")
        .variables().containsEntry("escalated", false).as("only the first promise was broken, and the day-3 update left open").containsEntry("slaBreaches", 2);
    Assertions.assertThat(o.tasks("Task_ExplainDelay")).hasSize(1);
  }

  @Test
  void thePartArrivingWhileTheDelayIsBeingExplainedEndsTheWaitWithoutANewDate() {
    PartsOrderDriver o = promisedDatePassed("RO-ARRIVES-MID");
    o.open("Task_ExplainDelay");
    o.partArrives();

    assertThat(o.order).isWaitingAt("Task_Repair").hasPassed("Event_PartArrived").hasNotPassed("Timer_NewPromisedDatePassed")
        .variables().doesNotContainKey("newPromisedDeadline");
  }

  @Test
  void aNewDateNotAfterTodayIsRefusedAndTheTaskStaysOpen() {
    PartsOrderDriver o = promisedDatePassed("RO-SAME-DAY");
    Task explain = o.open("Task_ExplainDelay");
    for (String notLater : new String[] {"2026-03-05", "2026-03-04", "2026-03-01"}) {
      Assertions.assertThatThrownBy(() -> taskService().complete(explain.getId(), Map.of("newPromisedDate", notLater,
              "delayExplanation", "supplier delay", "delayCompensation", "free loaner")))
          .as(notLater).rootCause().isInstanceOf(FormRuleViolation.class).hasMessageStartingWith("newPromisedDate: " + notLater)
          .hasMessageContaining("today (2026-03-05)").hasMessageContaining("the promise just broken (2026-03-04)");
    }
    Assertions.assertThatThrownBy(() -> taskService().complete(explain.getId(), Map.of("newPromisedDate", "next week")))
        .rootCause().isInstanceOf(FormRuleViolation.class).hasMessageStartingWith("newPromisedDate: 'next week' is not a date");

    assertThat(o.order).isWaitingAt("Task_ExplainDelay").hasNotPassed("Task_ExplainDelay")
        .variables().doesNotContainKey("newPromisedDeadline").doesNotContainKey("newPromisedDate");
    o.complete("Task_ExplainDelay", "newPromisedDate", "2026-03-06", "delayExplanation", "supplier delay",
        "delayCompensation", "free loaner");
    assertThat(o.order).isWaitingAt("Timer_NewPromisedDatePassed");
  }

  @Test
  void aNewDateBeyondTheTablesBufferAfterTodayIsRefused() {
    PartsOrderDriver o = promisedDatePassed("RO-FAR-NEW-DATE");
    Task explain = o.open("Task_ExplainDelay");

    Assertions.assertThatThrownBy(() -> taskService().complete(explain.getId(), Map.of("newPromisedDate", "2026-03-13",
            "delayExplanation", "supplier delay", "delayCompensation", "free loaner")))
        .rootCause().isInstanceOf(FormRuleViolation.class).hasMessageStartingWith("newPromisedDate: 2026-03-13 is after "
            + "2026-03-12, the latest promise the parts risk table allows (P7D after today, 2026-03-05)");
    assertThat(o.order).isWaitingAt("Task_ExplainDelay").variables().doesNotContainKey("newPromisedDeadline");
    o.complete("Task_ExplainDelay", "newPromisedDate", "2026-03-12", "delayExplanation", "supplier delay",
        "delayCompensation", "free loaner");
    assertThat(o.order).isWaitingAt("Timer_NewPromisedDatePassed");
  }

  /** What Tasklist fetches to fill the open "explain the delay" form. */
  private static Map<String, Object> formVariables(PartsOrderDriver o) {
    return formService().getTaskFormVariables(o.open("Task_ExplainDelay").getId());
  }

  /** An order escalated on day 1, promised 6 March on day 3; at midnight that promise is broken too. */
  private static PartsOrderDriver newDateBrokenWithTheManagerOnIt(String repairOrderId) {
    PartsOrderDriver o = PartsOrderDriver.report(repairOrderId, DAY0, "MINOR", false);
    o.setExpectation("2026-03-04");
    o.advanceTo(o.at(1));
    o.customerContact("我要投诉!你们根本不负责任", 1);
    assertThat(o.order).variables().containsEntry("escalated", true);
    o.advanceTo(o.at(3));
    o.complete("Task_ExplainDelay", "newPromisedDate", "2026-03-06", "delayExplanation", "supplier delay",
        "delayCompensation", "free loaner");
    o.advanceTo(NEW_DATE_PASSES);
    return o;
  }

  /** A routine order promised Wednesday 4 March; on day 3 "explain the delay" is open. */
  private static PartsOrderDriver promisedDatePassed(String repairOrderId) {
    PartsOrderDriver o = PartsOrderDriver.report(repairOrderId, DAY0, "MINOR", false);
    o.setExpectation("2026-03-04");
    o.advanceTo(o.at(3));
    assertThat(o.order).isWaitingAt("Task_ExplainDelay").variables().containsEntry("slaBreaches", 1);
    return o;
  }
}
