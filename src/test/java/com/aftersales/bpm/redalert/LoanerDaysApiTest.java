package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.support.RedAlertJson.alert;
import static com.aftersales.bpm.support.RedAlertJson.discovered;
import static com.aftersales.bpm.support.RedAlertJson.order;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.RedAlertTasks;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SPEC 5 "delayed with a loaner" on the REST path Tasklist's form takes (ADR 55, ADR 2): a delayed customer's
 * wait arranged with no loaner day is a 400 naming loanerDays, a declined loaner without its reason a 400
 * naming loanerDeclinedReason, and the task stays open; declined with the reason, it is arranged.
 */
@ApplicationTest
class LoanerDaysApiTest extends ApplicationTestSupport {

  @Autowired CentreTimeZone centre;

  @Test
  void aDelayedCustomersWaitWithoutALoanerIsRefusedUnlessTheyDeclinedItWithAReason() throws Exception {
    HttpResponse<String> raised = http.postJson("quality", "/api/red-alerts", alert("API-RA-LOANER", discovered(),
        order("LOANER-1", "MAJOR")));
    Assertions.assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
    String alert = json.readTree(raised.body()).get("processInstanceId").asText();
    for (String key : List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides")) {
      RedAlertTasks.complete(tasks, runtime, alert, key, null, Map.of());
    }
    RedAlertTasks.complete(tasks, runtime, alert, "Task_OfferOptions", "LOANER-1", Map.of("customerChoice", "WAIT",
        "compensationValue", 0L, "conversationNote", "the facts told", "directorCalled", true));
    Task arrange = tasks.createTaskQuery().processInstanceId(alert).taskDefinitionKey("Task_ArrangeWait").singleResult();
    String tomorrow = "\"replacementDate\": {\"value\": \"" + LocalDate.now(centre.zone()).plusDays(1) + "\"}";

    forms.assertRefused("sales", arrange, tomorrow + ", \"loanerDays\": {\"value\": 0}",
        "loanerDays: a customer who waits gets at least 1 loaner day");
    forms.assertRefused("sales", arrange, tomorrow + ", \"loanerDays\": {\"value\": 0}, "
        + "\"loanerDeclined\": {\"value\": true}", "loanerDeclinedReason");

    HttpResponse<String> declined = forms.complete("sales", arrange, tomorrow + ", \"loanerDays\": {\"value\": 0}, "
        + "\"loanerDeclined\": {\"value\": true}, \"loanerDeclinedReason\": {\"value\": \"has a second car\"}");
    Assertions.assertThat(declined.statusCode()).as(declined.body()).isEqualTo(204);
  }
}
