package com.aftersales.bpm.api;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A customer cannot call about a shortage before it was reported: such a contact (a wrong date from
 * the CRM) was recorded and checked, and its answer, due 2 h after the call, was overdue the moment
 * it was created (an SLA breach and an alert to the service manager for nobody's fault). It is a
 * 400 naming {@code at}, nothing recorded, as an arrival before the report is; a later call is taken.
 */
@ApplicationTest
class ContactDateApiTest extends ApplicationTestSupport {

  @Test
  void aContactBeforeTheReportIsRefusedNamingAtAndNothingIsRecorded() throws Exception {
    String order = ReportedOrders.waitingForPart(http, runtime, tasks, "CONTACT-DATE-1", "CONTACT-DATE-PART");

    HttpResponse<String> refused = contact(Instant.now().minus(3, ChronoUnit.HOURS)); // reported 2 h ago

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(json.readTree(refused.body()).findValuesAsText("field")).containsExactly("at");
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM part_customer_contact WHERE repair_order_id = ?",
        Long.class, "CONTACT-DATE-1")).as("nothing recorded").isZero();
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_AnswerCustomer")
        .count()).as("no answer owed").isZero();

    Instant called = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    Assertions.assertThat(contact(called).statusCode()).isEqualTo(201);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_AnswerCustomer")
        .singleResult().getDueDate().toInstant()).isEqualTo(called.plus(Duration.ofHours(2)));
  }

  private HttpResponse<String> contact(Instant at) {
    return http.postJson("integration", "/api/part-shortages/CONTACT-DATE-1/customer-contacts",
        "{\"at\":\"" + at.truncatedTo(ChronoUnit.SECONDS) + "\",\"channel\":\"PHONE\",\"text\":\"有进展吗?\",\"chasing\":true}");
  }
}
