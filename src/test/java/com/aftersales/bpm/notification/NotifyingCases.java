package com.aftersales.bpm.notification;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.demo.RescueScript;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.PartShortages;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The cases whose notifications {@link NotificationWordsTest} reads, run through the application as the
 * outside systems and staff would drive them, each notification delivered as it is sent: together they
 * make every notification task of every model send at least once ({@link CaseSteps}: the steps).
 */
final class NotifyingCases {

  /** A Monday in April 2025 at 10:00 in the centre (no other test uses that month). */
  private static final Instant T0 = Instant.parse("2025-04-07T02:00:00Z");

  private final RescueDriver driver;
  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final Http http;
  private final CaseSteps steps;

  NotifyingCases(RescueDriver driver, ProcessEngine engine, Http http) {
    this.driver = driver;
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.http = http;
    this.steps = new CaseSteps(engine, http);
  }

  /** Runs every case; returns their process instances' ids. */
  List<String> runAll() throws Exception {
    rescues();
    passiveFollowUp();
    partsOrders();
    reviewAndAction();
    redAlert();
    promiseChecklist();
    publicOpinionFound();
    successManagedCustomers();
    return steps.cases();
  }

  /** Grade S answered late (alert, escalation), grade A not re-rated (invitation), a call-back due, a late follow-up. */
  private void rescues() {
    steps.keep(driver.run("WORDS-S-LATE", T0, "王先生", new RescueScript(2, 30, "WAIT_TIME", true, true, 9, false, true)));
    steps.keep(driver.run("WORDS-A", T0.plus(Duration.ofDays(1)), "李女士",
        new RescueScript(5, 3, "REPEAT_REPAIR", false, false, null, false, true)));
    String open = steps.keep(driver.run("WORDS-B-OPEN", T0.plus(Duration.ofDays(2)), "赵先生",
        new RescueScript(6, 1, "ATTITUDE", false, false, null, false, false)));
    steps.executeTimer(open, "Timer_PromisedCallback");
    steps.executeTimer(steps.toFollowUp(open), "Timer_FollowUpWindowClosed");
  }

  /** A score of 7 whose follow-up is not done within 3 days; another whose customer still has a problem. */
  private void passiveFollowUp() throws Exception {
    String id = answered("WORDS-P7", 7, T0);
    steps.executeTimer(id, "Timer_FollowUpDue");

    String openId = answered("WORDS-P7-OPEN", 7, T0.plus(Duration.ofHours(1)));
    steps.complete(openId, "Task_PassiveFollowUp", Map.of("gapToPromoter", "the door rattles", "extraMileAction", "free check",
        "followUpOutcome", "OPEN_ISSUE", "followUpResult", "the rattle is back"));
    Notifications.deliverAll(engine, openId);
  }

  /** A score of 6 whose first contact finds public-opinion risk: graded again, the manager told. */
  private void publicOpinionFound() throws Exception {
    String id = answered("WORDS-B-MEDIA", 6, T0);
    steps.complete(id, "Task_FirstContact", Map.of("leapListened", true, "leapEmpathized", true, "leapAcknowledged", true,
        "leapPromised", true, "painPoints", "will post it on Weibo", "promise", "a plan by tonight",
        "promisedCallbackAt", "2025-04-07T20:00Z", "publicOpinionRiskFound", true));
  }

  /**
   * An L1 order (taken over late, the customer told late) whose customer complains and wants a date (crisis), whose daily
   * call is missed then stopped, whose update is late, whose part arrives but the repair waits 8 h, then handed over; an L2
   * order not reviewed in time; an L3 order whose customer is not answered within 2 h nor its broken promise explained.
   */
  private void partsOrders() throws Exception {
    String l1 = reportShortage("WORDS-RO-L1", "CANNOT_DRIVE");
    steps.executeTimer(l1, "Timer_TakeOverDue"); // not taken over within 10 minutes
    steps.complete(l1, "Task_ManagerTakeOver", Map.of("apologyCallDone", true, "mobilityArranged", "LOANER"));
    steps.executeTimer(l1, "Timer_ExpectationDue"); // the customer not told within the hour
    String promised = LocalDate.now().plusDays(10).toString();
    steps.complete(l1, "Task_SetExpectation", PartShortages.expectation(promised));
    steps.postTo(l1, "integration", "/api/part-shortages/WORDS-RO-L1/customer-contacts",
        PartShortages.chasingCall("我要投诉,给我个准信 / I will complain, give me a date"));
    Assertions.assertThat(runtime.getVariable(l1, "escalated")).isEqualTo(true);
    steps.executeTimer(l1, "Timer_CrisisCallDue"); // the manager has not called within 10 minutes
    steps.complete(l1, "Task_ManagerCall", Map.of("latteListen", true, "latteAcknowledge", true, "latteTakeAction", true,
        "latteThank", true, "latteExplain", true, "hardDeadline", LocalDate.now().plusDays(3).toString()));
    steps.executeTimer(l1, "Timer_HardDeadlinePassed"); // the part not here by the manager's last day
    steps.dailyCallMissedThenStopped(l1);
    steps.executeTimer(l1, "StartEvent_UpdateDue");
    steps.executeTimer(l1, "Timer_UpdateOverdue"); // the update is not given within 2 h
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/WORDS-RO-L1/arrival", "{}").statusCode()).isEqualTo(204);
    Notifications.deliverAll(engine, l1);
    steps.executeTimer(l1, "Timer_RepairNotStarted");
    steps.complete(l1, "Task_Repair", Map.of("repairDone", true));
    steps.complete(l1, "Task_ManagerHandover", Map.of("handoverNote", "sorry again", "handwrittenNote", true));

    String l2 = reportShortage("WORDS-RO-L2", "CORE_FUNCTION_IMPAIRED");
    steps.executeTimer(l2, "Timer_ManagerReviewDue");

    String l3 = reportShortage("WORDS-RO-L3", "MINOR");
    steps.complete(l3, "Task_SetExpectation", PartShortages.expectation(promised));
    steps.postTo(l3, "integration", "/api/part-shortages/WORDS-RO-L3/customer-contacts", PartShortages.chasingCall("车什么时候能好?"));
    steps.executeTimer(l3, "Timer_AnswerOverdue"); // the customer not answered within 2 h
    steps.executeTimer(l3, "StartEvent_PromisedDatePassed");
    steps.executeTimer(l3, "Timer_ExplainDelayOverdue"); // the broken promise not explained by 10:00
  }

  /** A rescue and a parts order of customers whose lifetime value gives them a success manager (SPEC 6). */
  private void successManagedCustomers() throws Exception {
    steps.post("integration", "/api/nps-responses", survey("WORDS-CSM", 3, T0).replace("\"highValue\":false",
        "\"highValue\":false,\"lifetimeValue\":880000,\"successManager\":\"csm\""));
    steps.post("integration", "/api/part-shortages", PartShortages.report("WORDS-RO-CSM", "MINOR")
        .success(new java.math.BigDecimal("1250000.50"), null).supplierEta(LocalDate.now().plusDays(7)).json());
  }

  private String reportShortage(String repairOrderId, String condition) throws Exception {
    return steps.post("integration", "/api/part-shortages",
        PartShortages.report(repairOrderId, condition).supplierEta(LocalDate.now().plusDays(7)).json());
  }

  /**
   * A review whose "select cases" segment overruns its time box; the other segments' time boxes
   * are started in the same review (reaching them needs a month of candidates); and an action whose
   * reminder and deadline pass.
   */
  private void reviewAndAction() {
    String review = runtime.startProcessInstanceByKey("jointCaseReview", "REVIEW-2023-05",
        Variables.createVariables().putValue("reviewMonth", "2023-05")).getId();
    steps.keep(review);
    steps.executeTimer(review, "Timer_CheckpointOverrun");
    steps.complete(review, "Task_Checkpoint", Map.of("checkpointNote", "first review"));
    steps.executeTimer(review, "Timer_SalesFeedbackOverrun");
    steps.complete(review, "Task_SalesFeedback", Map.of("salesFeedback", "customers ask for firm dates",
        "afterSalesSupportRating", "4"));
    steps.executeTimer(review, "Timer_SelectCasesOverrun");
    runtime.createProcessInstanceModification(review).startBeforeActivity("Task_TellReconstructOverrun")
        .startBeforeActivity("Task_TellFindBlindSpotsOverrun").startBeforeActivity("Task_TellDesignSolutionsOverrun")
        .startBeforeActivity("Task_TellCommitAndTrackOverrun").startBeforeActivity("Task_TellNextMonthFocusOverrun")
        .execute();
    Notifications.deliverAll(engine, review);

    String action = runtime.startProcessInstanceByKey("improvementAction", "REVIEW-2023-05/1", Variables.createVariables()
        .putValue("reviewId", "REVIEW-2023-05").putValue("actionText", "72-hour pre-delivery three-party confirmation")
        .putValue("actionOwner", "advisor").putValue("ownerIsGroup", false)
        .putValue("actionDeadline", Date.from(Instant.now().plus(Duration.ofDays(10))))
        .putValue("acceptanceCriterion", "every delivery confirmed 72 h ahead")).getId();
    steps.keep(action);
    steps.executeTimer(action, "Timer_ActionReminder");
    steps.executeTimer(action, "Timer_ActionOverdue");
  }

  /** A red alert whose decision window passes; its customer is talked to late, then gets the replacement late. */
  private void redAlert() throws Exception {
    String at = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS).toString();
    String alert = steps.post("quality", "/api/red-alerts", """
        {"alertId":"RA-WORDS","discoveredAt":"%s","description":"Tailgate gap 5.8 mm / 尾门间隙5.8毫米","mediaInvolved":true,
         "orders":[{"orderId":"RA-WORDS-O1","customer":{"id":"C-RA","name":"王先生","phone":"+86 138 0000 0000"},
         "vehicle":{"vin":"LRW3E7FS0RC000001","model":"Model Y"},"deliveryAt":"%s","severity":"MINOR"}]}
        """.formatted(at, at));
    steps.executeTimer(alert, "StartEvent_WindowMissed");
    // the managers keep the proposal
    Map<String, Object> tiers = new java.util.HashMap<>();
    for (String tier : List.of("deliverOrders", "choiceOrders", "delayOrders")) {
      tiers.put(tier, org.camunda.spin.plugin.variable.SpinValues.jsonValue(
          engine.getRuntimeService().getVariable(alert, tier).toString()).create());
    }
    steps.complete(alert, "Task_TakeDecisionOver", tiers);
    steps.executeTimer(alert, "Timer_ConversationOverdue"); // the planned delivery passed before the conversation
    steps.complete(alert, "Task_OfferOptions", Map.of("customerChoice", "WAIT", "compensationValue", 0L,
        "conversationNote", "wants a perfect car"));
    steps.complete(alert, "Task_ArrangeWait", Map.of("replacementDate", LocalDate.now().plusDays(1).toString(),
        "loanerDays", 1L));
    steps.executeTimer(alert, "Timer_ReplacementOverdue"); // the promised day passed
    steps.complete(alert, "Task_DeliverReplacement", Map.of("deliveryNote", "replacement delivered"));
  }

  /** A draft from the sales system: its special promise overdue, confirmed by the customer unapproved, approved changed. */
  private void promiseChecklist() throws Exception {
    Instant recorded = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    String id = steps.post("integration", "/api/customer-promises", """
        {"checklistId":"WORDS-CL-1","customerId":"C-WORDS-CL","orderId":"SO-WORDS-1","recordedAt":"%s",
         "items":[{"kind":"TIME","description":"any part within 24 hours","value":0,"validUntil":"2099-12-31"}]}
        """.formatted(recorded));
    steps.executeTimer(id, "Timer_PreApprovalDue");
    steps.postTo(id, "integration", "/api/customer-promises/WORDS-CL-1/confirmation",
        "{\"customerConfirmedAt\":\"" + recorded.plus(10, ChronoUnit.MINUTES) + "\"}");
    steps.complete(id, "Task_PreApprovePromise", Map.of("promiseDecision", "CHANGED",
        "promiseDecisionReason", "supply takes 3 days", "changedPromise", "parts within 3 working days"));
  }

  /** A survey answer posted by the integration, its case kept and its first notifications delivered. */
  private String answered(String surveyId, int score, Instant at) throws Exception {
    return steps.post("integration", "/api/nps-responses", survey(surveyId, score, at));
  }
}
