package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The crisis's own deadlines (SPEC 2.5): the manager's LATTE call is due within the level's
 * {@code crisisCallWithin} of the escalation and a miss is the store manager's at once; the hard
 * deadline the manager commits to on that call is watched to the end of its day (the centre's
 * zone; the process tests run in UTC), and a part not here by then is the store and regional
 * managers'. The part's arrival ends the watch.
 */
class PartsCrisisDeadlinesTest extends PartsModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void aCrisisCallNotMadeInTimeAndAHardDeadlineMissedAlertTheManagersAbove() {
    PartsOrderDriver o = escalated("RO-HARD-MISSED");
    Instant escalatedAt = ((Date) o.variable("escalatedAt")).toInstant();
    Assertions.assertThat(o.deadlineOf("Task_ManagerCall", "Timer_CrisisCallDue"))
        .isEqualTo(escalatedAt.plus(Duration.ofMinutes(10)));

    o.advanceTo(escalatedAt.plus(Duration.ofMinutes(10)));
    assertThat(o.order).hasPassed("EndEvent_CrisisCallLateNotified").isWaitingAt("Task_ManagerCall");
    Assertions.assertThat(alerts("Crisis call not made")).singleElement()
        .extracting(Notification::channel, Notification::recipient).containsExactly("URGENT", "store-manager");

    call(o, "2026-03-06");
    Assertions.assertThat(ProcessTestSupport.job(o.order, "Timer_HardDeadlinePassed").getDuedate())
        .as("the end of the committed day").isEqualTo(Date.from(Instant.parse("2026-03-07T00:00:00Z")));
    o.advanceTo(Instant.parse("2026-03-07T00:00:00Z"));
    assertThat(o.order).hasPassed("EndEvent_HardDeadlineMissedNotified").isWaitingAt("Event_PartArrived");
    Assertions.assertThat(alerts("Hard deadline missed")).singleElement().satisfies(n -> {
      Assertions.assertThat(n.recipient()).isEqualTo("store-manager,regional-manager");
      Assertions.assertThat(n.channel()).isEqualTo("URGENT");
      Assertions.assertThat(n.message()).contains("2026-03-06", "Battery management module");
    });
  }

  @Test
  void thePartArrivingByTheHardDeadlineEndsItsWatch() {
    PartsOrderDriver o = escalated("RO-HARD-KEPT");
    call(o, "2026-03-06");
    o.partArrives();
    o.advanceTo(Instant.parse("2026-03-08T00:00:00Z"));

    assertThat(o.order).isWaitingAt("Task_Repair").hasPassed("Gateway_WatchHardDeadline")
        .hasNotPassed("Task_NotifyHardDeadlineMissed", "Timer_CrisisCallDue");
    Assertions.assertThat(ProcessTestSupport.job(o.order, "Timer_HardDeadlinePassed")).isNull();
    Assertions.assertThat(alerts("Hard deadline missed")).isEmpty();
  }

  @Test
  void aCallWithoutAHardDeadlineIsRefusedAndTheTaskStaysOpen() {
    PartsOrderDriver o = escalated("RO-NO-DEADLINE");
    Assertions.assertThatThrownBy(() -> o.complete("Task_ManagerCall", "latteListen", true, "latteAcknowledge", true,
            "latteTakeAction", true, "latteThank", true, "latteExplain", true))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("hardDeadline");
    assertThat(o.order).isWaitingAt("Task_ManagerCall");
  }

  /** partsRiskLevel's crisisDeadlineWithin (P7D): escalated and called on 2026-03-03, the latest day is the 10th. */
  @Test
  void aHardDeadlinePastTheTablesLatestDayOrAlreadyPassedIsRefusedAndTheLatestDayIsKept() {
    PartsOrderDriver o = escalated("RO-FAR-DEADLINE");
    Assertions.assertThat(o.variable("crisisDeadlineWithin")).isEqualTo("P7D");
    Assertions.assertThatThrownBy(() -> call(o, "9999-12-31")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("hardDeadline: 9999-12-31 is after 2026-03-10");
    Assertions.assertThatThrownBy(() -> call(o, "2026-03-11")).hasMessageContaining("is after 2026-03-10");
    Assertions.assertThatThrownBy(() -> call(o, "2026-03-02")).hasMessageContaining("hardDeadline: 2026-03-02 has passed");
    assertThat(o.order).isWaitingAt("Task_ManagerCall");
    Assertions.assertThat(o.variable("hardDeadline")).as("nothing changed").isNull();

    call(o, "2026-03-10");
    Assertions.assertThat(ProcessTestSupport.job(o.order, "Timer_HardDeadlinePassed").getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-03-11T00:00:00Z")));
  }

  /** An L3 order escalated on day 1 by a complaint that says "you don't care". */
  private static PartsOrderDriver escalated(String repairOrderId) {
    PartsOrderDriver o = PartsOrderDriver.report(repairOrderId, DAY0, "MINOR", false);
    o.setExpectation("2026-03-09");
    o.advanceTo(o.at(1));
    o.customerContact("我要投诉!你们根本不负责任", 1);
    Assertions.assertThat(o.variable("escalated")).isEqualTo(true);
    Assertions.assertThat(ClockUtil.getCurrentTime()).isEqualTo(o.variable("escalatedAt"));
    return o;
  }

  private static void call(PartsOrderDriver o, String hardDeadline) {
    o.complete("Task_ManagerCall", "latteListen", true, "latteAcknowledge", true, "latteTakeAction", true,
        "latteThank", true, "latteExplain", true, "hardDeadline", hardDeadline);
  }

  private static java.util.List<Notification> alerts(String subject) {
    return engine.notifications().all().stream().filter(n -> n.subject().contains(subject)).toList();
  }
}
