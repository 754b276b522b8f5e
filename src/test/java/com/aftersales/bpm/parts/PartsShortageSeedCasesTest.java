package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The three cases of seed 003, day by day (SPEC 2). */
class PartsShortageSeedCasesTest extends PartsModels {

  /** A Monday morning (UTC, like the test JVM). */
  private static final Instant MONDAY_9AM = Instant.parse("2026-03-02T09:00:00Z");

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  /**
   * The failed case: a centre screen out (L2), "3–5 days" promised, the customer chased and on the
   * second chase demanded "给我个准信". Then the order escalated on day 13; now it escalates on the
   * second chase, day 7.
   */
  @Test
  void theFifteenDayWaitEscalatesOnTheSecondChaseNotOnDay13() {
    PartsOrderDriver o = PartsOrderDriver.report("RO-15DAY", MONDAY_9AM, "CORE_FUNCTION_IMPAIRED", false);
    assertThat(o.order).variables().containsEntry("riskLevel", "L2").containsEntry("vipHandling", false)
        .containsEntry("updateCadence", "R/P3D");
    assertThat(o.open("Task_ManagerReview")).hasCandidateGroup("service-manager");

    o.advanceTo(o.at(0.05));
    o.complete("Task_ManagerReview", "reviewNote", "priority handling", "priorityConfirmed", true);
    o.setExpectation("2026-03-07"); // 3-5 working days

    o.advanceTo(o.at(4));
    o.customerContact("有进展了吗?", 1);
    assertThat(o.order).variables().containsEntry("crisisSignalCount", 0);
    o.complete("Task_AnswerCustomer", "answer", "still waiting for the supplier, next answer tomorrow 10:00");
    o.completeAll("Task_ProactiveUpdate", "whatWasSaid", "no news yet", "nextAnswerBy", "in 3 days",
        "customerReaction", "ANXIOUS");

    o.advanceTo(o.at(6.5));
    o.complete("Task_ExplainDelay", "newPromisedDate", "2026-03-12", "delayExplanation", "supplier delay",
        "delayCompensation", "1,000 voucher + 20 % off next maintenance");
    o.advanceTo(o.at(7));
    o.customerContact("你们到底什么时候能修好?给我个准信!", 2);

    assertThat(o.order).variables().containsEntry("escalated", true)
        .containsEntry("crisisSignals", "CHASED_TWICE,DEMANDS_DEADLINE");
    assertThat(o.open("Task_ManagerCall")).hasCandidateGroup("service-manager");
    assertThat(o.open("Task_EmergencyTransfer")).hasCandidateGroup("parts-coordinator");
    assertThat(o.open("Task_UpgradeCompensation")).hasCandidateGroup("service-manager");

    o.advanceTo(o.at(9));
    o.partArrives();
    o.complete("Task_Repair", "repairDone", true);
    assertThat(o.open("Task_Handover")).hasCandidateGroup("service-advisor");

    Assertions.assertThat(o.tasksByDay()).containsExactly(
        "day 0: Task_ManagerReview",
        "day 0: Task_SetExpectation",
        "day 3: Task_ProactiveUpdate",
        "day 4: Task_AnswerCustomer",
        "day 5: Task_ExplainDelay",
        "day 6: Task_ProactiveUpdate",
        "day 7: Task_EmergencyTransfer",
        "day 7: Task_ManagerCall",
        "day 7: Task_UpgradeCompensation",
        "day 9: Task_Repair",
        "day 9: Task_Handover");
    assertThat(o.order).hasPassed("Event_CrisisFromContact", "EndEvent_WaitingOver")
        .hasNotPassed("Task_ManagerTakeOver", "Task_ManagerHandover");
  }

  /** The good case: a BMS fault, the car cannot drive (L1), promised 72 h, repaired in 66 h. */
  @Test
  void theSeventyTwoHourBmsCaseHasTheManagerAtOnceAndDailyUpdatesAt17() {
    PartsOrderDriver o = PartsOrderDriver.report("RO-BMS", Instant.parse("2026-03-02T08:00:00Z"), "CANNOT_DRIVE", false);
    assertThat(o.order).variables().containsEntry("riskLevel", "L1").containsEntry("managerDeadline", "IMMEDIATE")
        .containsEntry("loanerEntitlement", "SAME_DAY_LOANER");
    assertThat(o.open("Task_ManagerTakeOver")).hasCandidateGroup("service-manager");

    o.complete("Task_ManagerTakeOver", "apologyCallDone", true, "mobilityArranged", "LOANER");
    o.setExpectation("2026-03-05"); // 72 h
    assertThat(o.open("Task_ProactiveUpdate")).isNull();

    for (int day = 0; day < 2; day++) {
      o.advanceTo(o.at(day + 0.5)); // 20:00 that day
      assertThat(o.open("Task_ProactiveUpdate")).hasCandidateGroup("service-manager");
      o.complete("Task_ProactiveUpdate", "whatWasSaid", "the part is on its way", "nextAnswerBy", "tomorrow 17:00",
          "customerReaction", "CALM");
    }
    o.advanceTo(o.at(2.75)); // 66 h after the report, 02:00 the night before the promised date
    o.partArrives();
    o.complete("Task_Repair", "repairDone", true);
    assertThat(o.open("Task_ManagerHandover")).hasCandidateGroup("service-manager");
    o.complete("Task_ManagerHandover", "handoverNote", "explained the fix", "handwrittenNote", true);

    Assertions.assertThat(o.tasks("Task_ProactiveUpdate")).extracting(t -> t.getStartTime().toInstant())
        .containsExactly(Instant.parse("2026-03-02T17:00:00Z"), Instant.parse("2026-03-03T17:00:00Z"),
            Instant.parse("2026-03-04T17:00:00Z"));
    Assertions.assertThat(o.tasks("Task_Repair").get(0).getEndTime())
        .isBefore((Date) historyService().createHistoricVariableInstanceQuery().processInstanceId(o.order.getId())
            .variableName("promisedDeadline").singleResult().getValue());
    Assertions.assertThat(o.tasksByDay()).containsExactly(
        "day 0: Task_ManagerTakeOver",
        "day 0: Task_SetExpectation",
        "day 0: Task_ProactiveUpdate",
        "day 1: Task_ProactiveUpdate",
        "day 2: Task_ProactiveUpdate",
        "day 2: Task_Repair",
        "day 2: Task_ManagerHandover");
    assertThat(o.order).isWaitingAt("Gateway_AwaitSurvey").hasNotPassed("SubProcess_CrisisEscalation");
  }

  /**
   * The silent VIP (case 3, 张总): a flagship owner with a minor fault who never chases still gets VIP
   * handling, though nobody marked him a VIP ("识别客户等级: Model S车主 = 高端客户 = VIP处理", table
   * vipCustomer), and his going quiet on the first update is escalated at once (SPEC 2.4: high-value
   * silence is very high risk), not taken for satisfaction.
   */
  @Test
  void theSilentVipGetsVipHandlingFromDayOneAndHisSilenceIsEscalated() {
    PartsOrderDriver o = PartsOrderDriver.report("RO-VIP", MONDAY_9AM, PartShortages.report("RO-VIP", "MINOR")
        .vip(false).highValue(false).vehicle("Model S", "沪A66666"));
    assertThat(o.order).variables().containsEntry("vip", false).containsEntry("riskLevel", "L3").containsEntry("vipHandling", true)
        .containsEntry("updateGroup", "service-manager").containsEntry("loanerEntitlement", "SAME_CLASS_LOANER");
    assertThat(o.open("Task_ManagerTakeOver")).hasCandidateGroup("service-manager");
    o.complete("Task_ManagerTakeOver", "apologyCallDone", true, "mobilityArranged", "SAME_CLASS_LOANER");
    o.setExpectation("2026-03-06");

    for (int day = 0; day < 4; day++) {
      o.advanceTo(o.at(day + 0.5));
      assertThat(o.open("Task_ProactiveUpdate")).hasCandidateGroup("service-manager");
      o.complete("Task_ProactiveUpdate", "whatWasSaid", "no news today, I am on it", "nextAnswerBy",
          "tomorrow 17:00", "customerReaction", "SILENT");
    }
    Assertions.assertThat(o.variable("crisisSignals")).isEqualTo("SILENT,HIGH_VALUE_SILENT");
    o.partArrives();
    o.complete("Task_Repair", "repairDone", true);
    o.complete("Task_ManagerHandover", "handoverNote", "handed over", "handwrittenNote", true, "pickupDropoff", true);
    o.surveyAnswered(10);

    Assertions.assertThat(o.tasksByDay()).containsExactly(
        "day 0: Task_ManagerTakeOver",
        "day 0: Task_SetExpectation",
        "day 0: Task_ProactiveUpdate",
        "day 0: Task_EmergencyTransfer",
        "day 0: Task_ManagerCall",
        "day 0: Task_UpgradeCompensation",
        "day 1: Task_ProactiveUpdate",
        "day 2: Task_ProactiveUpdate",
        "day 3: Task_ProactiveUpdate",
        "day 3: Task_Repair",
        "day 3: Task_ManagerHandover");
    assertThat(o.order).isEnded().hasPassed("Event_CrisisFromUpdate", "Event_SurveyAnswered", "EndEvent_OrderClosed")
        .hasNotPassed("Task_CheckContactSignals");
  }
}
