package com.aftersales.bpm.review;

import static com.aftersales.bpm.support.Surveys.survey;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.ProcessTestBeans;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SPEC 3: two consecutive monthly reviews over cases produced by the real rescue and parts processes. */
@Deployment(resources = {"processes/joint-case-review.bpmn", "processes/monthly-review-schedule.bpmn", "processes/improvement-action.bpmn",
    "processes/low-score-rescue.bpmn", "processes/parts-shortage-escalation.bpmn", "processes/nps-alert-grade.dmn",
    "processes/compensation-approval.dmn", "processes/rescue-outcome.dmn", "processes/parts-risk-level.dmn",
    "processes/crisis-signals.dmn"})
class JointCaseReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.Companion.builder()
      .excludeProcessDefinitionKeys("lowScoreRescue", "partsShortageEscalation", "improvementAction")
      .assertClassCoverageAtLeast(0.9).build();

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-03T09:00:00Z")));
    ProcessTestBeans.register();
    for (String[] user : new String[][] {{"advisor", "service-advisor"}, {"sales1", "sales"}, {"boss", "store-manager"}}) {
      if (identityService().createUserQuery().userId(user[0]).count() == 0) {
        identityService().saveUser(identityService().newUser(user[0]));
        if (identityService().createGroupQuery().groupId(user[1]).count() == 0) {
          identityService().saveGroup(identityService().newGroup(user[1]));
        }
        identityService().createMembership(user[0], user[1]);
      }
    }
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
    reset();
  }

  @Test
  void twoConsecutiveMonthsTrackTheFirstReviewsActionsIntoTheSecondsCheckpoint() {
    String churned = finishedRescue("FEB-NEG", "CHURNED", null);
    String promoter = finishedRescue("FEB-POS", "ACCEPTED", 10);
    String escalated = escalatedPartsOrder("FEB-RO-1");

    ProcessInstance march = monthlyReviewOpensAt("2026-03-02T10:00:00Z");
    assertThat(march).isWaitingAt("Task_Checkpoint").variables().containsEntry("reviewMonth", "2026-02")
        .containsEntry("reviewId", "REVIEW-2026-02");
    Assertions.assertThat((String) runtimeService().getVariable(march.getId(), "checkpointSummary"))
        .contains("No actions from REVIEW-2026-01");
    Assertions.assertThat(options(march, "negativeCaseOptions")).containsExactly(churned);
    Assertions.assertThat(options(march, "positiveCaseOptions")).containsExactly(promoter);
    Assertions.assertThat(options(march, "complexCaseOptions")).containsExactly(escalated);
    complete(task("Task_Checkpoint", march), withVariables("checkpointNote", "first review"));

    selectCases(march, churned, promoter, escalated);
    List<String> speakers = reconstructAll(march);
    Assertions.assertThat(speakers).containsExactly("sales", "delivery", "service-manager", "parts-coordinator");
    complete(task("Task_FindBlindSpots", march), withVariables("cognitiveBlindSpots", "sales did not know the ETA",
        "processGaps", "no handover of promised dates", "systemGaps", "no shared timeline"));
    designSolutions(march, Map.of(
        "action1Text", "72-hour pre-delivery three-party confirmation", "action1Owner", "advisor",
        "action1Deadline", "2026-03-20", "action1Criterion", "every delivery confirmed 72 h ahead",
        "action2Text", "one shared delivery timeline", "action2Owner", "sales",
        "action2Deadline", "2026-03-25", "action2Criterion", "timeline used for all orders"));
    complete(task("Task_CommitAndTrack", march), withVariables("commitments", "all agreed", "publicCommitment", true));

    List<ProcessInstance> actions = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey("improvementAction").orderByBusinessKey().asc().list();
    Assertions.assertThat(actions).extracting(ProcessInstance::getBusinessKey)
        .containsExactly("REVIEW-2026-02/1", "REVIEW-2026-02/2");
    ProcessInstance done = actions.get(0);
    ProcessInstance late = actions.get(1);
    complete(task("Task_CarryOutAction", done), withVariables("whatWasDone", "introduced on 10 March"));
    identityService().setAuthenticatedUserId("boss");
    complete(task("Task_VerifyAction", done), withVariables("verificationPassed", true, "verificationNote", "checked"));
    identityService().clearAuthentication();
    Notifications.deliverAll(done);
    assertThat(done).isEnded();

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-27T09:00:00Z")));
    for (Job job : managementService().createJobQuery().processInstanceId(late.getId()).timers().list()) {
      execute(job);
    }
    Notifications.deliverAll(late);
    assertThat(task("Task_HandleOverdueAction", late)).hasCandidateGroup("store-manager");

    ProcessInstance april = monthlyReviewOpensAt("2026-04-06T10:00:00Z");
    assertThat(april).variables().containsEntry("reviewMonth", "2026-03");
    String checkpoint = (String) runtimeService().getVariable(april.getId(), "checkpointSummary");
    Assertions.assertThat(checkpoint.lines()).containsExactly(
        "VERIFIED · 72-hour pre-delivery three-party confirmation · advisor · due 2026-03-21",
        "OPEN + OVERDUE / 逾期 · one shared delivery timeline · sales · due 2026-03-26");
  }

  @Test
  void anotherMixOfCasesIsRefusedNamingWhatIsWrong() {
    String churned = finishedRescue("MIX-NEG", "CHURNED", null);
    String promoter = finishedRescue("MIX-POS", "ACCEPTED", 9);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T10:00:00Z")));
    ProcessInstance review = manualReview("2026-02");
    complete(task("Task_Checkpoint", review), withVariables("checkpointNote", "-"));

    Assertions.assertThatThrownBy(() -> selectCases(review, promoter, promoter, churned))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("MIX-POS is a positive case, not a negative one")
        .hasMessageContaining("MIX-NEG is a negative case, not a complex one");
    Assertions.assertThatThrownBy(() -> selectCases(review, churned, promoter, ""))
        .hasMessageContaining("no complex case chosen");
    assertThat(review).isWaitingAt("Task_SelectCases");
  }

  @Test
  void anActionMissingAnyOfItsFourPartsIsRefused() {
    ProcessInstance review = reviewAtDesignStep();
    Assertions.assertThatThrownBy(() -> designSolutions(review, Map.of("action1Text", "shared timeline",
            "action1Deadline", "2026-03-25", "action2Text", "x", "action2Owner", "nobody-here",
            "action2Deadline", "2026-03-25", "action2Criterion", "y")))
        .hasMessageContaining("action 1 is missing an owner, an acceptance criterion")
        .hasMessageContaining("owner 'nobody-here' is neither a user nor a group");
    Assertions.assertThatThrownBy(() -> designSolutions(review, Map.of()))
        .hasMessageContaining("at least one action is needed");
    assertThat(review).isWaitingAt("Task_DesignSolutions");
  }

  @Test
  void everySegmentThatOverrunsItsTimeBoxTellsTheChairWithoutStoppingTheMeeting() {
    ProcessInstance review = manualReview("2026-01");
    complete(task("Task_Checkpoint", review), withVariables("checkpointNote", "-"));
    for (String segment : List.of("SelectCases", "Reconstruct", "FindBlindSpots", "DesignSolutions", "CommitAndTrack")) {
      Job timeBox = managementService().createJobQuery().processInstanceId(review.getId())
          .activityId("Timer_" + segment + "Overrun").singleResult();
      if (!"Reconstruct".equals(segment)) { // one task per department, one after the other: no single due date
        Assertions.assertThat(task("Task_" + segment, review).getDueDate()).as("%s due when its time box ends", segment)
            .isEqualTo(timeBox.getDuedate());
      }
      execute(timeBox);
      Notifications.deliverAll(review);
      assertThat(review).hasPassed("EndEvent_" + segment + "OverrunTold");
      advancePast(review, segment);
    }
    assertThat(review).isEnded().hasPassed("EndEvent_ReviewClosed");
  }

  @Test
  void aMonthThatHasNotEndedIsRefusedAtTheStartNamingTheFieldAndNothingStarts() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-28T23:59:00Z"))); // the tests' centre is in UTC
    for (String month : List.of("2026-02", "2026-03", "2027-01")) {
      Assertions.assertThatThrownBy(() -> manualReview(month)).as(month)
          .hasRootCauseInstanceOf(FormRuleViolation.class)
          .hasMessageContaining("'Month reviewed / 复盘月份' (reviewMonth): " + month + " has not ended yet")
          .hasMessageContaining("2026-01 or earlier");
    }
    Assertions.assertThatThrownBy(() -> manualReview("Feb"))
        .hasMessageContaining("'Month reviewed / 复盘月份' (reviewMonth) must be YYYY-MM");
    Assertions.assertThatThrownBy(() -> manualReview("1999-12"))
        .hasMessageContaining("(reviewMonth) must be YYYY-MM from 2000-01");
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("jointCaseReview").count())
        .as("no refused review started").isZero();

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-01T00:00:00Z")));
    assertThat(manualReview("2026-02")).isWaitingAt("Task_Checkpoint").hasBusinessKey("REVIEW-2026-02");
  }

  @Test
  void theCandidatesAreTheRescuesAnsweredInTheMonthAsTheReportCountsThemNotThoseThatClosedInIt() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-30T09:00:00Z")));
    String answeredInJanuary = finishedRescue("JAN-30", "CHURNED", null); // closes on 3 February
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(answeredInJanuary)
        .singleResult().getEndTime()).isAfter(Date.from(Instant.parse("2026-02-01T00:00:00Z")));
    String answeredInFebruary = finishedRescue("FEB-03", "CHURNED", null);
    String grade = (String) historyService().createHistoricVariableInstanceQuery().processInstanceId(answeredInJanuary)
        .variableName("grade").singleResult().getValue();

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T10:00:00Z")));
    ProcessInstance january = manualReview("2026-01");
    ProcessInstance february = manualReview("2026-02");

    Assertions.assertThat(options(january, "negativeCaseOptions")).containsExactly(answeredInJanuary);
    Assertions.assertThat(options(february, "negativeCaseOptions")).containsExactly(answeredInFebruary);
    Assertions.assertThat(labels(january, "negativeCaseOptions"))
        .as("the label in words, not codes").containsExactly("王先生 · 等级" + grade + " · 流失 · 4天 · 服务 · 已提名");
  }

  // --- cases produced by the real processes ---

  private String finishedRescue(String surveyId, String customerResponse, Integer reRating) {
    ProcessInstance rescue = runtimeService().startProcessInstanceByKey("lowScoreRescue", surveyId,
        survey(surveyId, 3, ClockUtil.getCurrentTime().toInstant()));
    complete(task("Task_FirstContact", rescue), withVariables("painPoints", "p", "promise", "p",
        "promisedCallbackAt", "2026-02-03T20:00Z"));
    complete(task("Task_Investigate", rescue), withVariables("responsibility", "OURS", "rootCauseCategory", "WAIT_TIME"));
    complete(task("Task_DesignSolution", rescue), withVariables("problemFixValue", 100L, "lossCompensationValue", 0L,
        "emotionalRepairValue", 0L));
    complete(task("Task_ExecuteAndFollowUp", rescue), withVariables("customerResponse", customerResponse));
    if (reRating != null) {
      runtimeService().createMessageCorrelation("ReRatingReceived").processInstanceId(rescue.getId())
          .setVariable("reRatingScore", reRating).correlate();
    }
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(4 * 24 * 3600)));
    for (Job job : managementService().createJobQuery().processInstanceId(rescue.getId()).activityId("Timer_ReviewDue").list()) {
      execute(job);
    }
    complete(task("Task_ReviewAndImprove", rescue), withVariables("nominatedForJointReview", true));
    for (Task open : taskService().createTaskQuery().processInstanceId(rescue.getId()).list()) {
      complete(open);
    }
    Notifications.deliverAll(rescue);
    assertThat(rescue).isEnded();
    return rescue.getId();
  }

  private String escalatedPartsOrder(String repairOrderId) {
    ProcessInstance order = runtimeService().startProcessInstanceByKey("partsShortageEscalation", repairOrderId,
        Variables.createVariables().putValue("repairOrderId", repairOrderId)
            .putValue("reportedAt", ClockUtil.getCurrentTime()).putValue("customerId", "C").putValue("customerName", "李先生")
            .putValue("vip", false).putValue("partNumber", "P-1").putValue("partName", "screen")
            .putValue("vehicleCondition", "MINOR").putValue("supplierEta", null));
    complete(task("Task_SetExpectation", order), withVariables("promisedDate", "2026-02-20"));
    runtimeService().createMessageCorrelation("PartsCustomerContact").processInstanceId(order.getId())
        .setVariables(Map.of("latestContactText", "我要投诉,你们不负责任", "consecutiveChases", 1)).correlate();
    assertThat(order).variables().containsEntry("escalated", true);
    return order.getId();
  }

  // --- the review, step by step ---

  private ProcessInstance monthlyReviewOpensAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    Job schedule = managementService().createJobQuery().activityId("StartEvent_Monthly").singleResult();
    Assertions.assertThat(schedule.getDuedate()).isEqualTo(Date.from(Instant.parse(instant)));
    execute(schedule);
    String reviewId = "REVIEW-" + java.time.YearMonth.from(Instant.parse(instant).atZone(java.time.ZoneOffset.UTC))
        .minusMonths(1);
    return runtimeService().createProcessInstanceQuery().processDefinitionKey("jointCaseReview")
        .processInstanceBusinessKey(reviewId).singleResult();
  }

  private ProcessInstance manualReview(String month) {
    identityService().setAuthenticatedUserId("boss");
    try {
      return runtimeService().startProcessInstanceByKey("jointCaseReview", Map.of("reviewMonth", month));
    } finally {
      identityService().clearAuthentication();
    }
  }

  private ProcessInstance reviewAtDesignStep() {
    ProcessInstance review = manualReview("2026-01");
    runtimeService().setVariable(review.getId(), "departments", List.of("sales"));
    runtimeService().createProcessInstanceModification(review.getId()).cancelAllForActivity("Task_Checkpoint")
        .startBeforeActivity("Task_DesignSolutions").execute();
    return review;
  }

  private void selectCases(ProcessInstance review, String negative, String positive, String complex) {
    complete(task("Task_SelectCases", review), withVariables("negativeCase", negative, "positiveCase", positive,
        "complexCase", complex));
  }

  private List<String> reconstructAll(ProcessInstance review) {
    List<String> speakers = new java.util.ArrayList<>();
    for (Task turn = task("Task_Reconstruct", review); turn != null; turn = taskQuery()
        .processInstanceId(review.getId()).taskDefinitionKey("Task_Reconstruct").singleResult()) {
      speakers.add(taskService().getIdentityLinksForTask(turn.getId()).get(0).getGroupId());
      complete(turn, withVariables("factsNegative", "n", "factsPositive", "p", "factsComplex", "c"));
    }
    return speakers;
  }

  private void designSolutions(ProcessInstance review, Map<String, Object> slots) {
    Map<String, Object> all = new HashMap<>();
    for (int n = 1; n <= 3; n++) {
      for (String part : List.of("Text", "Owner", "Deadline", "Criterion")) {
        all.put("action" + n + part, null);
      }
    }
    all.putAll(slots);
    taskService().complete(task("Task_DesignSolutions", review).getId(), all);
  }

  /** Completes the segment's open task(s) with valid answers, past its overrun notice. */
  private void advancePast(ProcessInstance review, String segment) {
    switch (segment) {
      case "SelectCases" -> {
        runtimeService().setVariable(review.getId(), "departments", List.of("sales"));
        runtimeService().createProcessInstanceModification(review.getId())
            .cancelAllForActivity("Task_SelectCases").startBeforeActivity("Task_Reconstruct#multiInstanceBody")
            .execute();
      }
      case "Reconstruct" -> reconstructAll(review);
      case "FindBlindSpots" -> complete(task("Task_FindBlindSpots", review));
      case "DesignSolutions" -> designSolutions(review, Map.of("action1Text", "t", "action1Owner", "advisor",
          "action1Deadline", "2026-03-01", "action1Criterion", "c"));
      case "CommitAndTrack" -> {
        complete(task("Task_CommitAndTrack", review));
        ProcessInstance action = runtimeService().createProcessInstanceQuery().processDefinitionKey("improvementAction")
            .superProcessInstanceId(review.getId()).singleResult();
        complete(task("Task_CarryOutAction", action));
        identityService().setAuthenticatedUserId("boss");
        complete(task("Task_VerifyAction", action), withVariables("verificationPassed", true));
        identityService().clearAuthentication();
      }
      default -> throw new IllegalArgumentException(segment);
    }
  }

  private static List<String> options(ProcessInstance review, String variable) {
    return optionProperty(review, variable, "value");
  }

  private static List<String> labels(ProcessInstance review, String variable) {
    return optionProperty(review, variable, "label");
  }

  private static List<String> optionProperty(ProcessInstance review, String variable, String property) {
    SpinJsonNode json = (SpinJsonNode) runtimeService().getVariable(review.getId(), variable);
    return json.elements().stream().map(e -> e.prop(property).stringValue()).toList();
  }
}
