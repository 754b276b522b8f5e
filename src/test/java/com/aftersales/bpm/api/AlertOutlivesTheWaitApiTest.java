package com.aftersales.bpm.api;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * "Nothing lost" for an alert: a customer's second crisis signal escalates a waiting order and the
 * managers' crisis alert waits for its job (seconds normally; hours, retried, while the mail server
 * is down). The part's arrival ends the wait, and with it everything inside it: the alert's job, its
 * retries and its incident were deleted, so the managers were never told and nobody saw why. The
 * alert is sent outside the wait, and the arrival leaves it to go out.
 */
@ApplicationTest
class AlertOutlivesTheWaitApiTest extends ApplicationTestSupport {

  @Test
  void theCrisisAlertStillGoesOutWhenThePartArrivesBeforeItWasSent() {
    String order = ReportedOrders.waitingForPart(http, runtime, tasks, "ALERT-WAIT-RO-1", "ALERT-WAIT-PART");
    contact("我要投诉");
    contact("你们给个准信吧");
    Assertions.assertThat(alert(order)).as("two signals: the crisis alert waits for its job").isNotNull();

    HttpResponse<String> arrived = http.postJson("integration", "/api/part-shortages/ALERT-WAIT-RO-1/arrival", "{}");
    Assertions.assertThat(arrived.statusCode()).as(arrived.body()).isEqualTo(204);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_Repair").count())
        .as("the part is here: to the repair").isEqualTo(1);

    Job alert = alert(order);
    Assertions.assertThat(alert).as("the arrival leaves the alert to go out").isNotNull();
    management.executeJob(alert.getId());
    Assertions.assertThat(jdbc.queryForList("SELECT recipient FROM notification WHERE business_key = ? AND subject LIKE ?",
        String.class, "ALERT-WAIT-RO-1", "%Crisis escalation%")).containsExactly("service-manager,regional-manager");
  }

  private Job alert(String order) {
    return management.createJobQuery().processInstanceId(order).activityId("Task_NotifyCrisis").singleResult();
  }

  private void contact(String text) {
    HttpResponse<String> answer = http.postJson("integration", "/api/part-shortages/ALERT-WAIT-RO-1/customer-contacts",
        "{\"at\":\"" + Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS) + "\",\"channel\":\"PHONE\","
            + "\"text\":\"" + text + "\",\"chasing\":true}");
    Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
  }
}
