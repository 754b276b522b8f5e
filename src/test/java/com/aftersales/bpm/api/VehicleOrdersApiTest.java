package com.aftersales.bpm.api;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Sales' repurchase and referral KPI (SPEC 6, ADR 0036) through the real intake and the real
 * report: every vehicle order the dealer system signed counts once in the month it was signed in
 * the centre, repurchases and referrals in percent of them; a repeat is answered as the first
 * time, other content under the same order is a 409, and a refused order is not counted. May and
 * June 2022 are used by no other test.
 */
@ApplicationTest
class VehicleOrdersApiTest extends ApplicationTestSupport {

  @Test
  void theMonthsOrdersCountInTheCentresMonthRepurchasesAndReferralsInPercent() throws Exception {
    order("SO-MAY-1", "2022-05-01T00:00:00+08:00", "REPURCHASE"); // the first minute of May in the centre
    order("SO-MAY-2", "2022-05-10T10:00:00+08:00", "REFERRAL");
    order("SO-MAY-3", "2022-05-10T11:00:00+08:00", "NEW");
    order("SO-MAY-4", "2022-05-20T11:00:00+08:00", "NEW");
    order("SO-MAY-5", "2022-05-31T15:59:59Z", "NEW"); // 23:59:59 on 31 May in the centre
    order("SO-JUNE-1", "2022-05-31T16:00:00Z", "REPURCHASE"); // 00:00 on 1 June in the centre
    order("SO-APRIL-1", "2022-04-30T15:59:59Z", "REFERRAL"); // 23:59:59 on 30 April in the centre

    JsonNode may = orders("2022-05");
    Assertions.assertThat(may.get("orders").asInt()).isEqualTo(5);
    Assertions.assertThat(may.get("repurchases").asInt()).isEqualTo(1);
    Assertions.assertThat(may.get("referrals").asInt()).isEqualTo(1);
    Assertions.assertThat(may.get("repurchaseRate").decimalValue()).isEqualByComparingTo("20.0");
    Assertions.assertThat(may.get("referralRate").decimalValue()).isEqualByComparingTo("20.0");
    Assertions.assertThat(orders("2022-06").get("repurchases").asInt()).isEqualTo(1);

    JsonNode none = orders("2022-07");
    Assertions.assertThat(none.get("orders").asInt()).isZero();
    Assertions.assertThat(none.get("repurchaseRate").isNull()).as("no rate without orders").isTrue();
  }

  @Test
  void aRepeatIsAnsweredAsTheFirstTimeAndChangedContentIs409() {
    String body = body("SO-REPEAT-1", "2022-05-15T10:00:00+08:00", "REFERRAL");
    HttpResponse<String> first = http.postJson("integration", "/api/vehicle-orders", body);
    Assertions.assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

    HttpResponse<String> repeat = http.postJson("integration", "/api/vehicle-orders", body);
    Assertions.assertThat(repeat.statusCode()).isEqualTo(200);
    Assertions.assertThat(repeat.body()).isEqualTo(first.body());

    HttpResponse<String> changed = http.postJson("integration", "/api/vehicle-orders", body.replace("REFERRAL", "NEW"));
    Assertions.assertThat(changed.statusCode()).isEqualTo(409);
    Assertions.assertThat(changed.body()).contains("orderId", "Order SO-REPEAT-1 was already received with other content");
    Assertions.assertThat(jdbc.queryForObject("SELECT source FROM vehicle_order WHERE order_id = 'SO-REPEAT-1'",
        String.class)).isEqualTo("REFERRAL");
  }

  @Test
  void aRefusedOrderIsNotCounted() {
    for (String user : new String[] {"sales", "manager", "admin"}) {
      String body = body("SO-REFUSED-" + user, "2022-05-15T10:00:00+08:00", user.equals("admin") ? "LEASE" : "NEW");
      Assertions.assertThat(http.postJson(user, "/api/vehicle-orders", body).statusCode()).as(user)
          .isEqualTo(user.equals("admin") ? 400 : 403);
    }
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vehicle_order WHERE order_id LIKE 'SO-REFUSED-%'",
        Integer.class)).isZero();
  }

  private void order(String orderId, String signedAt, String source) {
    HttpResponse<String> response = http.postJson("integration", "/api/vehicle-orders", body(orderId, signedAt, source));
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private static String body(String orderId, String signedAt, String source) {
    return "{\"orderId\":\"" + orderId + "\",\"signedAt\":\"" + signedAt + "\",\"customerId\":\"C-" + orderId
        + "\",\"source\":\"" + source + "\"}";
  }

  private JsonNode orders(String month) throws Exception {
    HttpResponse<String> response = http.get("manager", "/api/reports/rescue?month=" + month);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body()).at("/jointKpis/sales/vehicleOrders");
  }
}
