package com.aftersales.bpm.api;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A part cannot arrive before the shortage was reported: such an arrival (a wrong date from the
 * parts system) was kept or taken, and the monthly report counted a negative wait (median -9828.3
 * days for one arrival dated 2000-01-02) and a promise kept. It is a 400 naming {@code arrivedAt},
 * and the order keeps waiting; an arrival after the report is taken as before.
 */
@ApplicationTest
class ArrivalDateApiTest extends ApplicationTestSupport {

  @Test
  void anArrivalBeforeTheReportIsRefusedNamingArrivedAtAndNothingIsKept() throws Exception {
    String order = reported("ARRIVAL-DATE-1");

    HttpResponse<String> refused = arrival("ARRIVAL-DATE-1", "2000-01-02T00:00:00Z");

    assertRefused(refused, order);
    Assertions.assertThat(runtime.getVariable(order, "partArrival")).as("still expected").isEqualTo("EXPECTED");
    HttpResponse<String> kept = arrival("ARRIVAL-DATE-1", Instant.now().minus(1, ChronoUnit.HOURS)
        .truncatedTo(ChronoUnit.SECONDS).toString());
    Assertions.assertThat(kept.statusCode()).as(kept.body()).isEqualTo(202);
  }

  @Test
  void anOrderWaitingForThePartKeepsWaitingWhenTheArrivalPredatesTheReport() throws Exception {
    String order = ReportedOrders.waitingForPart(http, runtime, tasks, "ARRIVAL-DATE-2", "ARRIVAL-DATE-PART");

    assertRefused(arrival("ARRIVAL-DATE-2", Instant.now().minus(3, ChronoUnit.HOURS)
        .truncatedTo(ChronoUnit.SECONDS).toString()), order);
    Assertions.assertThat(runtime.createEventSubscriptionQuery().processInstanceId(order).eventName("PartArrived")
        .count()).as("still waiting for the part").isEqualTo(1);
  }

  /**
   * The body is optional ({@code {}} or none: the part came now), but a body that is no object was
   * read as none: a parts system sending the time alone ({@code "2026-11-29T08:00:00+08:00"}) had
   * its part recorded as arriving at the moment of the post, and that wrong time stood against the
   * right one sent next. Each is a 400 naming the body, nothing kept.
   */
  @Test
  void aBodyThatIsNoObjectIsRefusedAndNothingIsKept() throws Exception {
    String order = reported("ARRIVAL-DATE-3");
    String at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    for (String body : new String[] {"\"" + at + "\"", "[]", "42", "true", "null"}) {
      HttpResponse<String> refused = http.postJson("integration", "/api/part-shortages/ARRIVAL-DATE-3/arrival", body);
      Assertions.assertThat(refused.statusCode()).as(body + ": " + refused.body()).isEqualTo(400);
      Assertions.assertThat(json.readTree(refused.body()).findValuesAsText("field")).as(body).containsExactly("(body)");
      Assertions.assertThat(runtime.getVariable(order, "partArrivedAt")).as(body + ": no arrival recorded").isNull();
    }
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/ARRIVAL-DATE-3/arrival", "{}").statusCode())
        .as("an empty object: the part came now").isEqualTo(202);
  }

  /** An L3 order reported two hours ago. */
  private String reported(String repairOrderId) {
    return ReportedOrders.reported(http, runtime, repairOrderId, "MINOR", "ARRIVAL-DATE-PART");
  }

  private HttpResponse<String> arrival(String repairOrderId, String arrivedAt) {
    return http.postJson("integration", "/api/part-shortages/" + repairOrderId + "/arrival",
        "{\"arrivedAt\":\"" + arrivedAt + "\"}");
  }

  private void assertRefused(HttpResponse<String> refused, String order) throws Exception {
    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(json.readTree(refused.body()).findValuesAsText("field")).containsExactly("arrivedAt");
    Assertions.assertThat(runtime.getVariable(order, "partArrivedAt")).as("no arrival recorded").isNull();
  }
}
