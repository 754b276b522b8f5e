package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 2.4 and seed 003, case 3 (张总, "没事"): a customer who goes quiet is not satisfied. Silence on a
 * proactive update or in a customer's words is a crisis signal; a high-value customer's silence is
 * very high risk and escalates by itself.
 */
class PartsSilenceTest extends PartsModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void anOrdinaryCustomerGoingQuietIsOneSignalAndADeadlineDemandLaterEscalates() {
    PartsOrderDriver o = ordinaryOrderUpdated("RO-QUIET", "SILENT");
    assertThat(o.order).hasPassed("Task_CheckUpdateSignals", "EndEvent_UpdateGiven")
        .hasNotPassed("Event_CrisisFromUpdate").variables().containsEntry("crisisSignals", "SILENT")
        .containsEntry("crisisSignalCount", 1).containsEntry("escalated", false);

    o.advanceTo(o.at(3.5));
    o.customerContact("给个准信", 0);
    assertThat(o.order).hasPassed("Event_CrisisFromContact").variables().containsEntry("escalated", true)
        .containsEntry("crisisSignals", "SILENT,DEMANDS_DEADLINE");
  }

  @Test
  void aCalmUpdateIsNoSignal() {
    PartsOrderDriver o = ordinaryOrderUpdated("RO-CALM", "CALM");
    assertThat(o.order).hasPassed("Task_CheckUpdateSignals", "EndEvent_UpdateGiven").variables()
        .containsEntry("crisisSignals", "").containsEntry("crisisSignalCount", 0).containsEntry("escalated", false);
  }

  @Test
  void aVipGoingQuietOnAnUpdateEscalatesAtOnce() {
    PartsOrderDriver o = vipOrder("RO-VIP-QUIET");
    o.advanceTo(o.at(0.5));
    o.complete("Task_ProactiveUpdate", "whatWasSaid", "no news today, I am on it", "nextAnswerBy",
        "tomorrow 17:00", "customerReaction", "SILENT");

    assertThat(o.order).hasPassed("Task_CheckUpdateSignals", "Event_CrisisFromUpdate", "EndEvent_UpdateEscalated")
        .variables().containsEntry("escalated", true).containsEntry("crisisSignals", "SILENT,HIGH_VALUE_SILENT");
    assertThat(o.open("Task_ManagerCall")).hasCandidateGroup("service-manager");
  }

  @Test
  void aVipWritingSuanLeEscalatesAtOnce() {
    PartsOrderDriver o = vipOrder("RO-VIP-WORDS");
    o.advanceTo(o.at(0.2));
    o.customerContact("算了,你们忙吧", 0);

    assertThat(o.order).hasPassed("Event_CrisisFromContact").variables().containsEntry("escalated", true)
        .containsEntry("crisisSignals", "SILENT,HIGH_VALUE_SILENT");
  }

  /** A minor fault (L3) of an ordinary customer, whose first update, after three days, records the reaction. */
  private static PartsOrderDriver ordinaryOrderUpdated(String repairOrderId, String customerReaction) {
    PartsOrderDriver o = PartsOrderDriver.report(repairOrderId, DAY0, "MINOR", false);
    o.setExpectation("2026-03-06");
    o.advanceTo(o.at(3.1));
    o.complete("Task_ProactiveUpdate", "whatWasSaid", "no news today", "nextAnswerBy", "Thursday 17:00",
        "customerReaction", customerReaction);
    return o;
  }

  /** A VIP's minor fault, taken over by the manager and promised for Friday. */
  private static PartsOrderDriver vipOrder(String repairOrderId) {
    PartsOrderDriver o = PartsOrderDriver.report(repairOrderId, DAY0, "MINOR", true);
    o.complete("Task_ManagerTakeOver", "apologyCallDone", true, "mobilityArranged", "SAME_CLASS_LOANER");
    o.setExpectation("2026-03-06");
    return o;
  }
}
