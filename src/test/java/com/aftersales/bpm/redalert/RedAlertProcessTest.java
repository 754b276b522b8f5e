package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.support.RedAlertDriver.orderIds;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.review.ReviewCandidate;
import com.aftersales.bpm.review.ReviewCandidates;
import com.aftersales.bpm.support.HistoryCasesOfMonth;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RedAlertDriver;
import com.aftersales.bpm.support.RedAlertModels;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The red alert (SPEC 2.7, 5) on seed 000's delivery day, decided in time, every tier's path to
 * the three-party review ({@link RedAlertMissedWindowTest}: a missed window and a wrong plan;
 * {@link RedAlertWindowsProcessTest}: the windows as the table gives them).
 */
class RedAlertProcessTest extends RedAlertModels {

  /** Seed 000: found at 03:00 in the centre (UTC+8). */
  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageAtLeast(0.71); // a success manager's notice: RedAlertCustomerSuccessTest; the missed window's alert: RedAlertMissedWindowTest; the late conversation's and replacement's alerts: RedAlertOverdueAlertsTest

  /** Seed 000's fifteen cars: 7 unaffected, 5 minor, 3 major. */
  private static String[] seedDay() {
    String[] severities = new String[15];
    for (int i = 0; i < 15; i++) {
      severities[i] = i < 7 ? "NONE" : i < 12 ? "MINOR" : "MAJOR";
    }
    return severities;
  }

  @Test
  void theSeedsDayIsDecidedInTimeAndEveryCustomerGetsTheirTiersPath() {
    RedAlertDriver a = RedAlertDriver.raise("RA-2026-0301", FOUND, FOUND.plusSeconds(5 * 60), seedDay());
    assertThat(a.alert).isWaitingAt("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides");
    Assertions.assertThat(a.ids("deliverOrders")).as("proposed by deliveryOptions").isEqualTo(orderIds(1, 7));
    Assertions.assertThat(a.ids("choiceOrders")).isEqualTo(orderIds(8, 12));
    Assertions.assertThat(a.ids("delayOrders")).isEqualTo(orderIds(13, 15));
    // the window from redAlertWindows: 30 minutes from discovery
    Assertions.assertThat(a.variable("decisionWindow")).isEqualTo("PT30M");
    Assertions.assertThat(a.task("Task_SalesDecides").getDueDate()).isEqualTo(Date.from(FOUND.plusSeconds(1800)));
    Assertions.assertThat(a.timer("StartEvent_WindowMissed").getDuedate()).isEqualTo(Date.from(FOUND.plusSeconds(1800)));
    Assertions.assertThat(a.runAsyncJobs()).isEqualTo(1);
    Assertions.assertThat(engine.notifications().all()).singleElement()
        .extracting(Notification::channel, Notification::recipient)
        .as("30 minutes to decide: the alert reaches the parties' phones at once")
        .containsExactly("URGENT", "sales,delivery,service-manager");

    a.advanceTo(a.minutes(20));
    a.decide("Task_SalesDecides", orderIds(1, 7), orderIds(8, 12), orderIds(13, 15));
    a.decide("Task_DeliveryDecides", orderIds(1, 7), orderIds(8, 12), orderIds(13, 15));
    a.advanceTo(a.minutes(28));
    a.decide("Task_ServiceDecides", orderIds(1, 7), orderIds(8, 12), orderIds(13, 15));
    assertThat(a.alert).hasPassed("EndEvent_DecidedByParties", "Task_RecordDecision")
        .hasNotPassed("StartEvent_WindowMissed", "Task_TakeDecisionOver");
    Assertions.assertThat(a.variable("decidedBy")).isEqualTo("PARTIES");
    Assertions.assertThat(a.variable("decidedInWindow")).isEqualTo(true);
    Assertions.assertThat(a.variable("decisionMinutes")).isEqualTo(28L);
    Assertions.assertThat(a.tasks("Task_DeliverCar")).as("7 delivered as planned, no conversation").hasSize(7);
    Assertions.assertThat(a.tasks("Task_OfferOptions")).as("5 choices and 3 delays talk to the customer").hasSize(8);
    assertThat(a.task("Task_OfferOptions", "O-08")).hasCandidateGroup("sales");
    Assertions.assertThat(taskService().getVariable(a.task("Task_OfferOptions", "O-08").getId(), "offeredOptions"))
        .isEqualTo("ACCEPT,WAIT,CANCEL");
    Assertions.assertThat(taskService().getVariable(a.task("Task_OfferOptions", "O-13").getId(), "offeredOptions"))
        .isEqualTo("WAIT,CANCEL");
    Task conversation = a.task("Task_OfferOptions", "O-08");
    Assertions.assertThat(conversation.getDueDate()).as("the customer is talked to before the car was to be delivered")
        .isEqualTo(taskService().getVariable(conversation.getId(), "deliveryAt"));

    a.advanceTo(a.minutes(90));
    for (String id : orderIds(1, 7)) {
      a.complete(a.task("Task_DeliverCar", id), "deliveryNote", "delivered as planned");
    }
    // the five with a minor issue are offered the three options
    a.offer("O-08", "ACCEPT", 600L, "fine with the package");
    a.offer("O-09", "ACCEPT", 3000L, "asks for more");
    // above the choice tier's authority (2,000): the service manager sends it back, the advisor offers again
    assertThat(a.task("Task_ApproveCompensation")).hasCandidateGroup("service-manager");
    a.complete(a.task("Task_ApproveCompensation"), "approvalDecision", "SENT_BACK", "approvalComment", "the package is 600");
    a.offer("O-09", "ACCEPT", 600L, "accepted the package");
    a.offer("O-10", "ACCEPT", 600L, "ok");
    a.offer("O-11", "WAIT", 600L, "wants a perfect car");
    a.offer("O-12", "CANCEL", 0L, "no longer wants it");
    // the three with a major issue wait with a loaner; one package is above 5,000: the regional manager approves
    a.offer("O-13", "WAIT", 600L, "director called");
    a.offer("O-14", "WAIT", 600L, "director called");
    a.offer("O-15", "WAIT", 5200L, "director called");
    assertThat(a.task("Task_ApproveCompensation")).hasCandidateGroup("regional-manager");
    a.complete(a.task("Task_ApproveCompensation"), "approvalDecision", "APPROVED");

    for (String id : List.of("O-08", "O-09", "O-10")) {
      a.complete(a.task("Task_DeliverCar", id), "deliveryNote", "delivered with the package");
    }
    a.complete(a.task("Task_RefundInFull", "O-12"), "refundReference", "RF-0012");
    for (String id : List.of("O-11", "O-13", "O-14", "O-15")) {
      a.complete(a.task("Task_ArrangeWait", id), "replacementDate", "2026-03-05", "loanerDays", 3L);
    }
    Assertions.assertThat(a.tasks("Task_DeliverReplacement")).hasSize(4);
    Assertions.assertThat(a.task("Task_DeliverReplacement", "O-11").getDueDate()).as("by the end of the promised day")
        .isEqualTo(Date.from(Instant.parse("2026-03-06T00:00:00Z")));
    // a day later (redAlertWindows: R/P1D) each waiting customer gets a progress update
    Assertions.assertThat(a.variable("progressUpdateCycle")).isEqualTo("R/P1D");
    Instant updateFallsDue = a.minutes(90).plus(Duration.ofDays(1));
    Assertions.assertThat(a.timer("Timer_ProgressUpdate").getDuedate()).isEqualTo(Date.from(updateFallsDue));
    a.advanceTo(updateFallsDue);
    execute(a.timer("Timer_ProgressUpdate"));
    Assertions.assertThat(a.tasks("Task_ProgressUpdate")).hasSize(1);
    Assertions.assertThat(a.tasks("Task_ProgressUpdate").get(0).getDueDate()).as("redAlertWindows: each update within 4 h")
        .isEqualTo(Date.from(updateFallsDue.plus(Duration.ofHours(4))));
    a.complete(a.tasks("Task_ProgressUpdate").get(0), "progressNote", "video of the new car sent");
    Instant settled = updateFallsDue.plus(Duration.ofDays(2));
    a.advanceTo(settled);
    for (String id : List.of("O-11", "O-13", "O-14", "O-15")) {
      a.complete(a.task("Task_DeliverReplacement", id), "deliveryNote", "replacement delivered");
    }

    Assertions.assertThat(a.runAsyncJobs()).as("every settled customer is invited, the refunded one too").isEqualTo(15);
    assertThat(a.alert).isWaitingAt("Task_ThreePartyReview").hasPassed("Task_SummarisePlan", "Task_DeliverCar",
        "Task_DeliverReplacement", "EndEvent_ProgressUpdated", "Task_RefundInFull", "Task_RecordSettledOrder",
        "EndEvent_SurveyInvited", "EndEvent_OrderSettled");
    theSettledCustomersAreInvitedOnceEachAndTheirOrdersKeepTheirTier(a);
    Assertions.assertThat(a.variable("planCost")).as("packages 6 x 600 + 5,200, loaners 4 x 3 days x 150")
        .isEqualTo(6 * 600L + 5200 + 4 * 3 * 150);
    Assertions.assertThat((String) a.variable("planSummary")).contains("Deliver as planned / 按计划交付: 7",
        "The customer chooses / 客户选择方案: 5", "Delay with a loaner / 延期交付并提供代步车: 3",
        "Accept with a service package / 接受并获服务包: 3", "Wait for the replacement / 等待替换车辆: 4",
        "Cancel with a full refund / 取消订单并全额退款: 1");
    Assertions.assertThat(a.task("Task_ThreePartyReview").getDueDate()).as("redAlertWindows: within 12 h of the last order settled")
        .isEqualTo(Date.from(settled.plus(Duration.ofHours(12))));
    a.complete(a.task("Task_ThreePartyReview"), "overtimeCost", 1240L, "alternativeCost", 273000L,
        "whatWouldWeDoDifferently", "call the three parties at 03:00, not at 07:00", "nominatedForReview", true);
    assertThat(a.alert).isEnded().hasPassed("EndEvent_AlertClosed");

    // nominated: a complex case among the monthly joint review's candidates
    List<ReviewCandidate> candidates = new ReviewCandidates(historyService(), new HistoryCasesOfMonth(historyService()),
        new CentreTimeZone("UTC")).forMonth(YearMonth.of(2026, 3));
    Assertions.assertThat(candidates).singleElement().satisfies(c -> {
      Assertions.assertThat(c.businessKey()).isEqualTo("RA-2026-0301");
      Assertions.assertThat(c.kind()).isEqualTo(ReviewCandidate.Kind.COMPLEX);
      Assertions.assertThat(c.departments()).containsExactly("sales", "delivery", "service-manager");
      // open for 3 days: the replacements came on the third day after the progress update
      Assertions.assertThat(c.label(new StaffWords())).isEqualTo("红色警报 RA-2026-0301 · 时限内决策 · 3天 · 销售/交付/服务 · 已提名");
    });
  }

  /** SPEC 5: one survey invitation per settled order, naming it, and the order's tier kept for its answer. */
  private static void theSettledCustomersAreInvitedOnceEachAndTheirOrdersKeepTheirTier(RedAlertDriver a) {
    List<Notification> invitations = engine.notifications().all().stream().filter(n -> "SURVEY".equals(n.channel())).toList();
    Assertions.assertThat(invitations).extracting(Notification::recipient).containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, 15).mapToObj(i -> String.format("customer:C-%02d", i)).toList());
    Assertions.assertThat(invitations).allSatisfy(n -> Assertions.assertThat(n.subject())
        .endsWith("· O-" + n.recipient().substring("customer:C-".length())));
    Assertions.assertThat(invitations).allSatisfy(n -> Assertions.assertThat(n.businessKey()).isEqualTo("RA-2026-0301"));
    List<String> rows = new JdbcTemplate(engine.configuration().getDataSource()).queryForList(
        "SELECT order_id || ':' || customer_id || ':' || tier || ':' || COALESCE(customer_choice, '-') FROM red_alert_order "
            + "WHERE process_instance_id = ? ORDER BY order_id", String.class, a.alert.getId());
    Assertions.assertThat(rows).containsExactly("O-01:C-01:DELIVER:-", "O-02:C-02:DELIVER:-", "O-03:C-03:DELIVER:-",
        "O-04:C-04:DELIVER:-", "O-05:C-05:DELIVER:-", "O-06:C-06:DELIVER:-", "O-07:C-07:DELIVER:-",
        "O-08:C-08:CHOICE:ACCEPT", "O-09:C-09:CHOICE:ACCEPT", "O-10:C-10:CHOICE:ACCEPT", "O-11:C-11:CHOICE:WAIT",
        "O-12:C-12:CHOICE:CANCEL", "O-13:C-13:DELAY:WAIT", "O-14:C-14:DELAY:WAIT", "O-15:C-15:DELAY:WAIT");
  }
}
