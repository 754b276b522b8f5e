package com.aftersales.bpm.security;

import com.aftersales.bpm.parts.PartsVariables;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * SPEC 2.5, ADR 0054: a customer in crisis who asks the manager to stop the daily calls says why.
 * The form asks for the reason only when the box is ticked, and the server refuses a stop without
 * one (400 naming the field, the call still open, nothing recorded), as it refuses a reason with
 * no stop, from any client.
 */
@ApplicationTest
class DailyCallStopFormTest extends ApplicationTestSupport {

  private static final String CALL = "\"dailyCallNote\": {\"value\": \"no news, the transfer is on its way\"}, "
      + "\"customerReaction\": {\"value\": \"SILENT\"}";
  private static final String STOP = ", \"customerAsksToStop\": {\"value\": true}";
  private static final String REASON = ", \"dailyCallsStopReason\": {\"value\": \"算了, 到了再通知我\"}";

  @Test
  void stoppingTheCallsNeedsTheCustomersReason() {
    Task call = dailyCallOf("DAILY-STOP-RO-1");

    forms.assertRefused("manager", call, CALL + STOP,
        "'Why the customer asked us to stop / 客户要求停止的原因' (dailyCallsStopReason) is required");
    Assertions.assertThat(runtime.getVariables(call.getProcessInstanceId())).as("nothing recorded")
        .doesNotContainKeys("customerAsksToStop", "dailyCallsStopReason", "dailyCallNote");
    forms.assertRefused("manager", call, CALL + ", \"customerAsksToStop\": {\"value\": false}" + REASON,
        "(dailyCallsStopReason) is not shown on this form and must stay empty");

    HttpResponse<String> stopped = forms.complete("manager", call, CALL + STOP + REASON);

    Assertions.assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(204);
    Assertions.assertThat(PartsVariables.DAILY_CALLS_STOP_REASON.from(runtime.getVariables(call.getProcessInstanceId())))
        .isEqualTo("算了, 到了再通知我");
    Assertions.assertThat(management.createJobQuery().processInstanceId(call.getProcessInstanceId())
        .activityId("Task_NotifyDailyCallsStopped").count()).as("the store manager is told after the commit").isEqualTo(1);
  }

  /**
   * The reason goes whole into the store manager's notice, which the engine keeps as a text of at
   * most 4,000 characters: a reason near that length was accepted and its notice then failed on every
   * retry, so the store manager never heard. A reason is kept to 1,000 characters (400 naming the field
   * beyond), and one that long, with markup and template text in it, reaches the store manager as text.
   */
  @Test
  void aLongReasonIsRefusedAndOneWithinTheLimitReachesTheStoreManager() {
    Task call = dailyCallOf("DAILY-STOP-RO-2");
    forms.assertRefused("manager", call, CALL + STOP + reason("长".repeat(1001)),
        "(dailyCallsStopReason) must have at most 1000 characters");

    String reason = "<b>${execution.setVariable('x', 1)}</b> {{ customerName }} " + "长".repeat(940);
    HttpResponse<String> stopped = forms.complete("manager", call, CALL + STOP + reason(reason));

    Assertions.assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(204);
    management.executeJob(management.createJobQuery().processInstanceId(call.getProcessInstanceId())
        .activityId("Task_NotifyDailyCallsStopped").singleResult().getId());
    Assertions.assertThat(jdbc.queryForList("SELECT message FROM notification WHERE business_key = ?", String.class,
        "DAILY-STOP-RO-2")).as("the store manager is told, the reason as text").isNotEmpty()
        .allMatch(message -> message.contains(reason));
  }

  private static String reason(String text) {
    return ", \"dailyCallsStopReason\": {\"value\": \"" + text + "\"}";
  }

  /** An L3 order escalated by one complaint that says "you don't care", its crisis actions done, its first daily call open. */
  private Task dailyCallOf(String repairOrderId) {
    String body = PartShortages.report(repairOrderId, "MINOR").supplierEta(LocalDate.of(2099, 1, 1)).json();
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", body).statusCode()).isEqualTo(201);
    String order = runtime.createProcessInstanceQuery().processInstanceBusinessKey(repairOrderId).singleResult().getId();
    tasks.complete(forms.open(order, "Task_SetExpectation").getId(), PartShortages.expectation("2099-01-05"));
    HttpResponse<String> contact = http.postJson("integration", "/api/part-shortages/" + repairOrderId + "/customer-contacts",
        PartShortages.chasingCall("我要投诉, 你们根本不负责任"));
    Assertions.assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
    tasks.complete(forms.open(order, "Task_ManagerCall").getId(), Map.of("latteListen", true, "latteAcknowledge", true,
        "latteTakeAction", true, "latteThank", true, "latteExplain", true,
        "hardDeadline", LocalDate.now().plusDays(3).toString()));
    tasks.complete(forms.open(order, "Task_EmergencyTransfer").getId(), Map.of("sourceLocation", "Hangzhou",
        "transferEta", LocalDate.now().plusDays(2).toString(), "logisticsCost", 3000));
    tasks.complete(forms.open(order, "Task_UpgradeCompensation").getId(), Map.of("upgradeItems", "free repair",
        "upgradeValue", 1000));
    management.executeJob(management.createJobQuery().processInstanceId(order).activityId("Timer_NextDailyCall")
        .singleResult().getId()); // the next day comes
    return forms.open(order, "Task_DailyFollowUp");
  }
}
