package com.aftersales.bpm.security;

import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.demo.RescueScript;
import com.aftersales.bpm.parts.PartsVariables;
import com.aftersales.bpm.rescue.RescueVariables;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.SurveyJson;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The choices on the forms are enforced by the server as the form offers them (ADR 2): the
 * approver must choose approve or send back (with a reason only when sending back), a call-back off the
 * promised time, an expected home visit not made or a fix not started within 24 h is explained (SPEC 1.3
 * step 5), the customer's expectation and the manager's take-over offer only what applies to the car and its loaner
 * entitlement (a VIP's loaner is of the same class), and the passive
 * follow-up records one of its results. Sent over the REST API as any client could.
 */
@ApplicationTest
class FormChoicesTest extends ApplicationTestSupport {

  @Autowired RescueDriver driver;

  @Test
  void anApprovalIsAnExplicitChoiceAndSendingBackNeedsAReason() {
    Task approve = approvalOfAPlanAboveFiveThousand("CHOICE-1");

    forms.assertRefused("regional", approve, "", "'Your decision / 审批决定' (approvalDecision) is required");
    forms.assertRefused("regional", approve, "\"approvalDecision\": {\"value\": \"YES\"}",
        "(approvalDecision) must be one of the offered options, not 'YES'");
    forms.assertRefused("regional", approve, "\"compensationApproved\": {\"value\": true}",
        "'compensationApproved' is not a field of this form");
    forms.assertRefused("regional", approve, "\"approvalDecision\": {\"value\": \"SENT_BACK\"}",
        "'Reason for sending back / 退回原因' (approvalComment) is required");
    forms.assertRefused("regional", approve, "\"approvalDecision\": {\"value\": \"APPROVED\"}, \"approvalComment\": {\"value\": \"ok\"}",
        "(approvalComment) is not shown on this form and must stay empty");

    HttpResponse<String> sentBack = forms.complete("regional", approve,
        "\"approvalDecision\": {\"value\": \"SENT_BACK\"}, \"approvalComment\": {\"value\": \"too much, keep the visit\"}");

    Assertions.assertThat(sentBack.statusCode()).as(sentBack.body()).isEqualTo(204);
    Task redesign = forms.open(approve.getProcessInstanceId(), "Task_DesignSolution");
    Assertions.assertThat(RescueVariables.APPROVAL_COMMENT.from(tasks.getVariables(redesign.getId())))
        .as("the designer reads the reason").isEqualTo("too much, keep the visit");
  }

  @Test
  void anApprovedPlanGoesToExecution() {
    Task approve = approvalOfAPlanAboveFiveThousand("CHOICE-2");

    HttpResponse<String> approved = forms.complete("regional", approve, "\"approvalDecision\": {\"value\": \"APPROVED\"}");

    Assertions.assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
    Assertions.assertThat(forms.open(approve.getProcessInstanceId(), "Task_ExecuteAndFollowUp")).isNotNull();
  }

  @Test
  void aCallBackOffThePromisedTimeAnExpectedHomeVisitNotMadeAndAFixNotStartedIn24HoursEachNeedAReason() {
    Task approve = approvalOfAPlanAboveFiveThousand("CHOICE-3");
    tasks.complete(approve.getId(), Map.of("approvalDecision", "APPROVED"));
    Task execute = forms.open(approve.getProcessInstanceId(), "Task_ExecuteAndFollowUp");
    tasks.claim(execute.getId(), "manager");
    String done = "\"progressUpdates\": {\"value\": \"photos\"}, \"customerResponse\": {\"value\": \"ACCEPTED\"}";
    forms.assertRefused("manager", execute, done + ", \"homeVisitDone\": {\"value\": true}, \"fixStarted\": {\"value\": true}",
        "'Why the call-back was not at the promised time / 未按承诺时间回电的原因' (callbackMissedReason) is required");
    String onTime = done + ", \"calledBackAtPromisedTime\": {\"value\": true}";
    forms.assertRefused("manager", execute, onTime + ", \"homeVisitDone\": {\"value\": false}, \"fixStarted\": {\"value\": true}",
        "'Why no home visit / 未登门原因' (noHomeVisitReason) is required");
    forms.assertRefused("manager", execute, onTime + ", \"homeVisitDone\": {\"value\": true}, \"fixStarted\": {\"value\": false}",
        "(fixNotStartedReason) is required");
    forms.assertRefused("manager", execute, onTime + ", \"homeVisitDone\": {\"value\": true}, \"fixStarted\": {\"value\": true}, "
        + "\"noHomeVisitReason\": {\"value\": \"declined\"}", "(noHomeVisitReason) is not shown on this form and must stay empty");
    HttpResponse<String> completed = forms.complete("manager", execute, done + ", \"calledBackAtPromisedTime\": {\"value\": false}, "
        + "\"callbackMissedReason\": {\"value\": \"called at 21:00, not 20:00: still at the body shop\"}, "
        + "\"homeVisitDone\": {\"value\": false}, "
        + "\"noHomeVisitReason\": {\"value\": \"the customer declined\"}, \"fixStarted\": {\"value\": false}, "
        + "\"fixNotStartedReason\": {\"value\": \"paint booth full until Monday\"}");

    Assertions.assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
  }

  @Test
  void aCarThatCannotDriveIsNotDrivenHomeAndTheBenefitFitsTheEntitlement() {
    Task expectation = takenOver(report("CHOICE-RO-1", "CANNOT_DRIVE", false));

    forms.assertRefused("manager", expectation, expectation("B_DRIVE_HOME", "LOANER"),
        "(customerOption) must be one of the offered options, not 'B_DRIVE_HOME'");
    forms.assertRefused("manager", expectation, expectation("A_LEAVE_CAR", "VOUCHER_500"),
        "(waitingBenefit) must be one of the offered options, not 'VOUCHER_500'");
    HttpResponse<String> set = forms.complete("manager", expectation, expectation("A_LEAVE_CAR", "LOANER"));

    Assertions.assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
    Assertions.assertThat(PartsVariables.CUSTOMER_OPTION.from(runtime.getVariables(expectation.getProcessInstanceId())))
        .isEqualTo(com.aftersales.bpm.parts.CustomerOption.A_LEAVE_CAR);
  }

  @Test
  void aVipsMobilityIsASameClassLoanerNotACheaperOne() {
    Task takeOver = forms.open(report("CHOICE-RO-4", "CANNOT_DRIVE", true), "Task_ManagerTakeOver");
    tasks.claim(takeOver.getId(), "manager");
    String called = "\"apologyCallDone\": {\"value\": true}, \"mobilityArranged\": ";

    forms.assertRefused("manager", takeOver, called + "{\"value\": \"LOANER\"}",
        "(mobilityArranged) must be one of the offered options, not 'LOANER'");
    HttpResponse<String> done = forms.complete("manager", takeOver, called + "{\"value\": \"SAME_CLASS_LOANER\"}");
    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  @Test
  void theManagerTakesOverACarThatCannotDriveFromTasklist() {
    String order = report("CHOICE-RO-3", "CANNOT_DRIVE", false);
    com.aftersales.bpm.support.Notifications.deliverAll(engine, order); // the manager is told first, as in Tasklist

    HttpResponse<String> takenOver = forms.complete("manager", forms.open(order, "Task_ManagerTakeOver"),
        "\"apologyCallDone\": {\"value\": true}, \"mobilityArranged\": {\"value\": \"LOANER\"}");

    Assertions.assertThat(takenOver.statusCode()).as(takenOver.body()).isEqualTo(204);
    Assertions.assertThat(forms.open(order, "Task_SetExpectation")).isNotNull();
  }

  @Test
  void aDrivableCarOfAVipMayGoHomeAndTheLoanerIsOfTheSameClass() {
    Task expectation = takenOver(report("CHOICE-RO-2", "MINOR", true));

    forms.assertRefused("manager", expectation, expectation("B_DRIVE_HOME", "LOANER"),
        "(waitingBenefit) must be one of the offered options, not 'LOANER'");
    HttpResponse<String> set = forms.complete("manager", expectation, expectation("B_DRIVE_HOME", "SAME_CLASS_LOANER"));

    Assertions.assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
  }

  @Test
  void thePassiveFollowUpRecordsOneOfItsResults() {
    HttpResponse<String> intake = http.postJson("integration", "/api/nps-responses",
        SurveyJson.survey("CHOICE-P-1", 7, Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)));
    Assertions.assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
    String followUp = runtime.createProcessInstanceQuery().processInstanceBusinessKey("CHOICE-P-1").singleResult().getId();
    Task task = forms.open(followUp, "Task_PassiveFollowUp");
    String notes = "\"gapToPromoter\": {\"value\": \"slow wash\"}, \"extraMileAction\": {\"value\": \"free wash\"}, "
        + "\"followUpResult\": {\"value\": \"the door rattles again\"}";

    forms.assertRefused("advisor", task, notes, "'Result of the follow-up / 跟进结果' (followUpOutcome) is required");
    forms.assertRefused("advisor", task, notes + ", \"followUpOutcome\": {\"value\": \"HAPPY\"}",
        "(followUpOutcome) must be one of the offered options, not 'HAPPY'");
    HttpResponse<String> done = forms.complete("advisor", task, notes + ", \"followUpOutcome\": {\"value\": \"OPEN_ISSUE\"}");

    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  /** A grade S rescue whose plan of 6,000 waits for the regional manager. */
  private Task approvalOfAPlanAboveFiveThousand(String surveyId) {
    Instant answered = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    String rescue = driver.run(surveyId, answered, "王先生",
        new RescueScript(1, 0.5, "WAIT_TIME", false, false, null, false, false));
    tasks.complete(forms.open(rescue, "Task_Investigate").getId(), Map.of("facts", "records checked",
        "responsibility", "OURS", "rootCauseCategory", "WAIT_TIME", "shortTermRemedy", "apology"));
    tasks.complete(forms.open(rescue, "Task_DesignSolution").getId(), Map.of("problemFixItems", "repair",
        "problemFixValue", 4000L, "lossCompensationItems", "voucher", "lossCompensationValue", 1500L,
        "emotionalRepairItems", "home visit", "emotionalRepairValue", 500L));
    Task approve = forms.open(rescue, "Task_ApproveCompensation");
    tasks.claim(approve.getId(), "regional");
    return approve;
  }

  /** The manager has taken the order over: the expectation talk is open. */
  private Task takenOver(String order) {
    tasks.complete(forms.open(order, "Task_ManagerTakeOver").getId(), Map.of("apologyCallDone", true, "mobilityArranged", "LOANER"));
    return forms.open(order, "Task_SetExpectation");
  }

  private String report(String repairOrderId, String condition, boolean vip) {
    String body = PartShortages.report(repairOrderId, condition).vip(vip).supplierEta(LocalDate.of(2099, 1, 1)).json();
    HttpResponse<String> reported = http.postJson("integration", "/api/part-shortages", body);
    Assertions.assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(repairOrderId).singleResult().getId();
  }

  private static String expectation(String customerOption, String waitingBenefit) {
    return """
        "promisedDate": {"value": "2099-01-05"}, "worstCaseDate": {"value": "2099-01-09"},
        "customerOption": {"value": "%s"}, "waitingBenefit": {"value": "%s"}, "commitmentsExplained": {"value": true}
        """.formatted(customerOption, waitingBenefit);
  }
}
