package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.LowScoreRescueProcessTest.CALLBACK_AT;
import static com.aftersales.bpm.rescue.LowScoreRescueProcessTest.NOW;
import static com.aftersales.bpm.support.RescueProcessDriver.start;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RescueModels;
import com.aftersales.bpm.support.RescueProcessDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC §1.3 step 5: "call back exactly at the promised time with the findings and the plan". The
 * call-back's SLA is that the findings and the plan are ready by the promised time
 * (Timer_PlanByCallback on "Find the cause and plan the solution"); carrying the plan out runs on
 * to 72 h and is not part of it. The reminder to call (Timer_PromisedCallback) fires at the
 * promised time either way and is no deadline.
 */
class PromisedCallbackSlaTest extends RescueModels {

  private static final Instant BEFORE_CALLBACK = Instant.parse("2026-11-23T19:00:00Z");
  private static final Instant AFTER_CALLBACK = Instant.parse("2026-11-23T21:00:00Z");

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageAtLeast(0.48).clockAt(NOW);

  @Test
  void aPlanReadyBeforeTheCallBackKeepsTheSlaThoughItsExecutionRunsOnPastIt() {
    RescueProcessDriver r = start("CB-1", 4, NOW).firstContact(CALLBACK_AT);
    ClockUtil.setCurrentTime(Date.from(BEFORE_CALLBACK));
    r.investigate("OURS").design(300, 100, 0);
    assertThat(r.rescue).isWaitingAt("Task_ExecuteAndFollowUp").hasPassed("EndEvent_PlanReady");

    ClockUtil.setCurrentTime(Date.from(AFTER_CALLBACK));
    Assertions.assertThat(r.timer("Timer_PromisedCallback").getDuedate()).as("at the promised time")
        .isEqualTo(Date.from(Instant.parse("2026-11-23T20:00:00Z")));
    r.fire("Timer_PromisedCallback").deliver();

    assertThat(r.rescue).hasPassed("EndEvent_CallbackReminded").isWaitingAt("Task_ExecuteAndFollowUp")
        .hasNotPassed("EndEvent_PlanLateForCallback")
        .variables().containsEntry("slaBreached", false).containsEntry("slaBreaches", 0);
    Assertions.assertThat(engine.notifications().all()).last().extracting(Notification::channel, Notification::recipient)
        .as("the responder is still reminded to call at the promised time").containsExactly("REMINDER", "service-advisor");

    r.executeSolution("ACCEPTED");
    assertThat(r.rescue).variables().as("executing the plan after the call-back is no breach")
        .containsEntry("slaBreached", false).containsEntry("slaBreaches", 0);
  }

  @Test
  void aPlanNotReadyAtTheCallBackIsOneBreachAndTheResponderIsRemindedToCallAnyway() {
    RescueProcessDriver r = start("CB-2", 4, NOW).firstContact(CALLBACK_AT).investigate("OURS");
    Assertions.assertThat(r.timer("Timer_PlanByCallback").getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-11-23T20:00:00Z")));

    ClockUtil.setCurrentTime(Date.from(AFTER_CALLBACK));
    r.fire("Timer_PlanByCallback").fire("Timer_PromisedCallback").deliver();

    assertThat(r.rescue).hasPassed("EndEvent_PlanLateForCallback", "EndEvent_CallbackReminded")
        .isWaitingAt("Task_DesignSolution")
        .variables().containsEntry("slaBreached", true).containsEntry("slaBreaches", 1);
    r.design(300, 100, 0).executeSolution("ACCEPTED");
    assertThat(r.rescue).variables().as("a deadline is counted once").containsEntry("slaBreaches", 1);
  }

  /**
   * The promised call-back is the plan's deadline, so it is promised within the follow-up window
   * (npsAlertGrade's followUpWithin, PT72H after the low score: 2026-11-26 17:00 in Shanghai); a
   * call-back promised for 2099 moved that watch out of reach.
   */
  @Test
  void aCallBackPromisedAfterTheFollowUpWindowIsRefusedSoThePlansDeadlineStaysWithinReach() {
    RescueProcessDriver r = start("CB-4", 4, NOW);
    Assertions.assertThatThrownBy(() -> r.firstContact("2099-12-31T12:00Z")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("promisedCallbackAt: 2099-12-31 20:00 is after 2026-11-26 17:00");
    Assertions.assertThatThrownBy(() -> r.firstContact("2026-11-26T09:01Z")).hasMessageContaining("is after 2026-11-26 17:00");
    assertThat(r.rescue).isWaitingAt("Task_FirstContact").variables().doesNotContainKey("promisedCallbackAt");

    r.firstContact("2026-11-26T09:00Z");
    Assertions.assertThat(r.timer("Timer_PlanByCallback").getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-26T09:00:00Z")));
  }

  /** A first contact made after the window has ended (four days late) gets a window of the same length from the call. */
  @Test
  void aFirstContactAfterTheWindowEndedMayPromiseACallBackWithinTheSameLengthFromTheCall() {
    RescueProcessDriver r = start("CB-5", 4, NOW);
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(4))));
    Assertions.assertThatThrownBy(() -> r.firstContact("2026-11-30T09:01Z")).hasMessageContaining("is after 2026-11-30 17:00");
    r.firstContact("2026-11-30T09:00Z");
    assertThat(r.rescue).isWaitingAt("Task_Investigate");
  }

  @Test
  void withoutAJobExecutorAPlanFinishedAfterTheCallBackIsStillOneBreach() {
    RescueProcessDriver r = start("CB-3", 4, NOW).firstContact(CALLBACK_AT).investigate("OURS");

    ClockUtil.setCurrentTime(Date.from(AFTER_CALLBACK));
    r.design(300, 100, 0);

    assertThat(r.rescue).isWaitingAt("Task_ExecuteAndFollowUp").hasNotPassed("EndEvent_PlanLateForCallback")
        .variables().as("judged by the times: the timer never ran").containsEntry("slaBreached", true)
        .containsEntry("slaBreaches", 1);
  }
}
