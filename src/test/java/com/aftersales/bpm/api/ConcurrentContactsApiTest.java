package com.aftersales.bpm.api;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.StartingGate;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two customer contacts for one waiting order at the same moment (the customer calls and writes on
 * WeChat; the CRM posts both): both correlate into the same order, and one of the two transactions
 * loses on the engine's optimistic lock. The loser was a 500 and its contact was rolled back, lost
 * for a parts system that does not retry; it is done again, and both are recorded and answered.
 */
@ApplicationTest
class ConcurrentContactsApiTest extends ApplicationTestSupport {

  private static final int ROUNDS = 5;

  @RegisterExtension final StartingGate gate = new StartingGate();

  @Test
  void twoContactsAtOnceAreBothRecordedAndEachGetsItsAnswerTask() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String repairOrderId = "RACE-CONTACT-" + round;
      String order = ReportedOrders.waitingForPart(http, runtime, tasks, repairOrderId, "RACE-CONTACT-PART");
      String path = "/api/part-shortages/" + repairOrderId + "/customer-contacts";

      var answers = gate.together(() -> http.postJson("integration", path, contact("电话: 什么时候修好?")),
          () -> http.postJson("integration", path, contact("微信: 有消息吗?")));

      for (HttpResponse<String> answer : List.of(answers.first(), answers.second())) {
        Assertions.assertThat(answer.statusCode()).as("round %d: %s", round, answer.body()).isEqualTo(201);
      }
      Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM part_customer_contact WHERE repair_order_id = ?",
          Long.class, repairOrderId)).as("round %d: both contacts recorded", round).isEqualTo(2);
      Assertions.assertThat(tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_AnswerCustomer")
          .count()).as("round %d: each contact answered", round).isEqualTo(2);
    }
  }

  private static String contact(String text) {
    return "{\"at\":\"" + Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS) + "\",\"channel\":\"PHONE\","
        + "\"text\":\"" + text + "\",\"chasing\":false}";
  }
}
