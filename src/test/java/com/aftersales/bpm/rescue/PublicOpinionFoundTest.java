package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.LowScoreRescueProcessTest.CALLBACK_AT;
import static com.aftersales.bpm.rescue.LowScoreRescueProcessTest.NOW;
import static com.aftersales.bpm.support.RescueProcessDriver.start;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RescueModels;
import com.aftersales.bpm.support.RescueProcessDriver;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 1.2: public-opinion risk (media, a social post, a regulator threat) makes a case grade S. A
 * detractor who writes it in the comment is graded S from the start (table publicOpinionWords,
 * seed 004's exercise). The responder often learns of it only on the first contact; ticking it
 * there grades the case again: the service manager takes it over personally, with grade S's
 * authority, and hears of it at once.
 */
class PublicOpinionFoundTest extends RescueModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded().clockAt(NOW);

  @Test
  void aDetractorWhoThreatensTheRegulatorAndTheMediaInTheCommentIsGradeSFromTheStart() {
    RescueProcessDriver r = RescueProcessDriver.commented("POR-WORDS", 5, NOW,
        "今天刹车突然失灵,差点出事故!对特斯拉彻底失望,准备投诉到工信部和媒体。").deliver();

    assertThat(r.rescue).hasPassed("Task_CheckPublicOpinionWords").isWaitingAt("Task_FirstContact").variables()
        .containsEntry("publicOpinionWords", "MEDIA,REGULATOR")
        .containsEntry("publicOpinionRisk", true).containsEntry("grade", "S")
        .containsEntry("responderGroup", "service-manager").containsEntry("alertChannel", "URGENT");
    assertThat(r.task("Task_FirstContact")).hasCandidateGroup("service-manager");
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::channel, Notification::recipient)
        .contains(Assertions.tuple("URGENT", "service-manager"));
  }

  @Test
  void aCommentThatNamesNoChannelLeavesTheScoresGrade() {
    RescueProcessDriver r = RescueProcessDriver.commented("POR-PLAIN", 5, NOW, "等了三个小时,我要投诉");

    assertThat(r.rescue).hasPassed("Task_CheckPublicOpinionWords").variables()
        .containsEntry("publicOpinionWords", "").containsEntry("publicOpinionRisk", false)
        .containsEntry("grade", "A");
  }

  @Test
  void aRiskFoundOnTheFirstContactOfAGradeBCaseMakesItGradeSForTheManager() {
    RescueProcessDriver r = start("POR-1", 6, NOW);
    assertThat(r.rescue).variables().containsEntry("grade", "B").containsEntry("investigateWithin", "PT28H");
    Object dueBefore = runtimeService().getVariable(r.rescue.getId(), "responseDeadline");
    r.deliver();
    int notificationsBefore = engine.notifications().all().size();

    r.firstContactFinding(CALLBACK_AT, true).deliver();

    assertThat(r.rescue).hasPassed("Task_Regrade", "EndEvent_RegradeNotified").isWaitingAt("Task_Investigate")
        .variables().containsEntry("grade", "S").containsEntry("publicOpinionRisk", true)
        .containsEntry("responderGroup", "service-manager").containsEntry("escalationGroup", "regional-manager")
        .containsEntry("compensationAuthority", 5000L).containsEntry("homeVisitRequired", true)
        .containsEntry("alertChannel", "URGENT").containsEntry("taskPriority", 90)
        .as("the SOP windows and the first contact's deadline stay the first grade's")
        .containsEntry("investigateWithin", "PT28H").containsEntry("responseDeadline", dueBefore);
    assertThat(r.task("Task_Investigate")).hasCandidateGroup("service-manager");
    Assertions.assertThat(engine.notifications().all()).hasSize(notificationsBefore + 1).last()
        .extracting(Notification::channel, Notification::recipient).containsExactly("URGENT", "service-manager");

    r.investigate("OURS").design(2000, 1000, 0);
    assertThat(r.task("Task_ApproveCompensation")).as("above 2,000 with public-opinion risk: the regional manager")
        .hasCandidateGroup("regional-manager");
  }

  @Test
  void noRiskFoundLeavesTheGradeAsItWas() {
    RescueProcessDriver r = start("POR-2", 5, NOW).deliver().firstContactFinding(CALLBACK_AT, false);

    assertThat(r.rescue).hasNotPassed("Task_Regrade").isWaitingAt("Task_Investigate").variables()
        .containsEntry("grade", "A").containsEntry("publicOpinionRisk", false)
        .containsEntry("responderGroup", "service-advisor");
  }

  @Test
  void aFirstContactThatDoesNotSayIsNoRiskFound() {
    RescueProcessDriver r = start("POR-3", 5, NOW).firstContact(CALLBACK_AT);

    assertThat(r.rescue).hasNotPassed("Task_Regrade").variables().containsEntry("grade", "A")
        .containsEntry("publicOpinionRiskFound", false);
  }

  @Test
  void aRiskFoundOnAGradeSCaseTellsTheManagerAndKeepsGradeS() {
    RescueProcessDriver r = start("POR-4", 2, NOW).deliver().firstContactFinding(CALLBACK_AT, true).deliver();

    assertThat(r.rescue).hasPassed("Task_Regrade", "EndEvent_RegradeNotified").variables()
        .containsEntry("grade", "S").containsEntry("responderGroup", "service-manager");
    Assertions.assertThat(engine.notifications().all()).last().extracting(Notification::subject)
        .asString().startsWith("舆情风险 Public-opinion risk");
  }
}
