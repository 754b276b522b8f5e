package com.aftersales.bpm.support;

import com.aftersales.bpm.redalert.CheckLoanerDaysListener;
import com.aftersales.bpm.redalert.CheckReplacementDateListener;
import com.aftersales.bpm.redalert.CheckTiersListener;
import com.aftersales.bpm.redalert.OpenAlertOrderListener;
import com.aftersales.bpm.redalert.RecordReviewPartiesListener;
import com.aftersales.bpm.redalert.ProposeDeliveryOptionsDelegate;
import com.aftersales.bpm.redalert.FindSuccessManagersDelegate;
import com.aftersales.bpm.redalert.RecordAlertDecisionDelegate;
import com.aftersales.bpm.redalert.RecordSettledOrderDelegate;
import com.aftersales.bpm.redalert.SettledOrderTable;
import com.aftersales.bpm.redalert.SummariseRedAlertDelegate;
import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.CustomerSuccess;
import com.aftersales.bpm.common.Deadlines;
import com.aftersales.bpm.common.DisplayDates;
import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.notification.CaseNotificationLimit;
import com.aftersales.bpm.notification.DeliveryLog;
import com.aftersales.bpm.notification.NotificationDispatcher;
import com.aftersales.bpm.notification.SendNotificationDelegate;
import com.aftersales.bpm.parts.ApplyRiskLevelListener;
import com.aftersales.bpm.parts.AwaitPartArrivalListener;
import com.aftersales.bpm.parts.AwaitPostRepairSurveyListener;
import com.aftersales.bpm.parts.ExpectPostRepairSurveyListener;
import com.aftersales.bpm.parts.NewPromiseBrokenListener;
import com.aftersales.bpm.parts.RecordCrisisSignalsListener;
import com.aftersales.bpm.parts.RecordHardDeadlineListener;
import com.aftersales.bpm.parts.RecordNewPromiseListener;
import com.aftersales.bpm.parts.RecordPromiseListener;
import com.aftersales.bpm.promise.CheckPromiseApproverListener;
import com.aftersales.bpm.promise.CustomerPromiseTable;
import com.aftersales.bpm.promise.CustomerPromises;
import com.aftersales.bpm.promise.DecidedPromises;
import com.aftersales.bpm.common.IntakeRecords;
import com.aftersales.bpm.rescue.ApplyGradingListener;
import com.aftersales.bpm.rescue.ApplyPublicOpinionWordsListener;
import com.aftersales.bpm.rescue.ApplyRegradeListener;
import com.aftersales.bpm.rescue.CheckPromisedCallbackListener;
import com.aftersales.bpm.rescue.AwaitReRatingListener;
import com.aftersales.bpm.rescue.CheckImprovementActionsListener;
import com.aftersales.bpm.rescue.StartImprovementActionDelegate;
import com.aftersales.bpm.review.AssignActionOwnerListener;
import com.aftersales.bpm.review.ActionCheckpoint;
import com.aftersales.bpm.review.CheckActionsListener;
import com.aftersales.bpm.review.CheckCaseMixListener;
import com.aftersales.bpm.review.CheckReviewMonthListener;
import com.aftersales.bpm.review.CheckVerifierListener;
import com.aftersales.bpm.review.PrepareReviewDelegate;
import com.aftersales.bpm.review.RecordReconstructionListener;
import com.aftersales.bpm.review.RecordSupportRatingListener;
import com.aftersales.bpm.report.SalesSupportRatings;
import com.aftersales.bpm.review.ReviewCalendar;
import com.aftersales.bpm.review.ReviewCandidates;
import com.aftersales.bpm.security.SuccessManagerAccess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the real delegates (with an in-memory notification port) for plain-engine tests. */
public final class ProcessTestBeans {

  /** The test JVM runs in UTC, like the timer cycles it evaluates: calendar deadlines do too. */
  private static final CentreTimeZone UTC = new CentreTimeZone("UTC");
  /** As application.yaml's default: the process tests' cases stay as far below it as production's. */
  private static final int NOTIFICATIONS_PER_CASE_PER_HOUR = 20;

  private ProcessTestBeans() {}

  public static RecordingNotifications register(IdentityService identity) {
    RecordingNotifications notifications = new RecordingNotifications();
    Deadlines deadlines = new Deadlines(UTC);
    Mocks.register("deadlines", deadlines);
    // texts show the centre's local time, as in production
    DisplayDates displayDates = new DisplayDates(new CentreTimeZone("Asia/Shanghai"));
    Mocks.register("displayDates", displayDates);
    Mocks.register("staffWords", new StaffWords());
    CustomerSuccess customerSuccess = new CustomerSuccess(identity);
    Mocks.register("customerSuccess", customerSuccess);
    Mocks.register("successManagerAccess", new SuccessManagerAccess(customerSuccess));
    Mocks.register("applyGrading", new ApplyGradingListener(deadlines));
    Mocks.register("applyPublicOpinionWords", new ApplyPublicOpinionWordsListener());
    Mocks.register("applyRegrade", new ApplyRegradeListener());
    Mocks.register("checkPromisedCallback", new CheckPromisedCallbackListener(deadlines, displayDates));
    Mocks.register("sendNotification", new SendNotificationDelegate(
        new NotificationDispatcher(java.util.List.of(notifications), DeliveryLog.NONE),
        new CaseNotificationLimit(notifications, NOTIFICATIONS_PER_CASE_PER_HOUR)));
    Mocks.register("applyRiskLevel", new ApplyRiskLevelListener());
    Mocks.register("awaitPartArrival", new AwaitPartArrivalListener());
    Mocks.register("awaitPostRepairSurvey", new AwaitPostRepairSurveyListener());
    Mocks.register("expectPostRepairSurvey", new ExpectPostRepairSurveyListener());
    Mocks.register("awaitReRating", new AwaitReRatingListener());
    Mocks.register("checkImprovementActions", new CheckImprovementActionsListener());
    Mocks.register("startImprovementAction", new StartImprovementActionDelegate(deadlines));
    Mocks.register("recordCrisisSignals", new RecordCrisisSignalsListener());
    Mocks.register("recordPromise", new RecordPromiseListener(UTC, deadlines));
    Mocks.register("recordNewPromise", new RecordNewPromiseListener(UTC, deadlines));
    Mocks.register("recordHardDeadline", new RecordHardDeadlineListener(UTC, deadlines));
    Mocks.register("checkReplacementDate", new CheckReplacementDateListener(UTC, deadlines));
    Mocks.register("checkLoanerDays", new CheckLoanerDaysListener());
    Mocks.register("newPromiseBroken", new NewPromiseBrokenListener());
    Mocks.register("assignActionOwner", new AssignActionOwnerListener());
    Mocks.register("checkVerifier", new CheckVerifierListener());
    HistoryService history = BpmnAwareTests.historyService();
    ReviewCalendar calendar = new ReviewCalendar("0 0 10 ? * MON#1", UTC);
    Mocks.register("reviewCalendar", calendar);
    Mocks.register("checkReviewMonth", new CheckReviewMonthListener(calendar));
    Mocks.register("prepareReview", new PrepareReviewDelegate(
        new ReviewCandidates(history, new HistoryCasesOfMonth(history), UTC), new ActionCheckpoint(history, UTC), calendar, new StaffWords(),
        month -> "After-sales capability, " + month + " / 售后能力通报 " + month));
    Mocks.register("checkCaseMix", new CheckCaseMixListener());
    Mocks.register("checkActions", new CheckActionsListener());
    Mocks.register("recordReconstruction", new RecordReconstructionListener());
    org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(
        BpmnAwareTests.processEngine().getProcessEngineConfiguration().getDataSource());
    // the ratings and the settled orders go to the real tables of the tests' engine (its migrations ran)
    Mocks.register("recordSupportRating", new RecordSupportRatingListener(new SalesSupportRatings(jdbc)));
    Mocks.register("proposeDeliveryOptions", new ProposeDeliveryOptionsDelegate(new StaffWords(), displayDates));
    Mocks.register("checkTiers", new CheckTiersListener());
    Mocks.register("recordAlertDecision", new RecordAlertDecisionDelegate());
    Mocks.register("findSuccessManagers", new FindSuccessManagersDelegate(customerSuccess, new StaffWords()));
    Mocks.register("openAlertOrder", new OpenAlertOrderListener());
    Mocks.register("recordReviewParties", new RecordReviewPartiesListener());
    Mocks.register("recordSettledOrder", new RecordSettledOrderDelegate(new SettledOrderTable(jdbc),
        new DecidedPromises(new CustomerPromiseTable(jdbc)), new StaffWords()));
    Mocks.register("summariseRedAlert", new SummariseRedAlertDelegate(new StaffWords()));
    Mocks.register("checkPromiseApprover", new CheckPromiseApproverListener(
        new IntakeRecords(jdbc, new com.fasterxml.jackson.databind.ObjectMapper())));
    // the rescue's and the parts order's forms show the customer's promises; no checklist here
    Mocks.register("customerPromises", CustomerPromises.wordsOnly(customerId -> java.util.List.of(), new StaffWords()));
    return notifications;
  }
}
