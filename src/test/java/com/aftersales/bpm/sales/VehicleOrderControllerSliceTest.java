package com.aftersales.bpm.sales;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.IdempotentIntake.Received;
import com.aftersales.bpm.report.VehicleOrderTable.Source;
import com.aftersales.bpm.sales.VehicleOrderIntake.OrderReceived;
import com.aftersales.bpm.support.ControllerSliceTest;
import java.time.OffsetDateTime;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.RequestBuilder;

/** {@code POST /api/vehicle-orders} without the engine (ADR 0036): the dealer system's, checked field by field. */
class VehicleOrderControllerSliceTest extends ControllerSliceTest {

  static final String ORDER = """
      {"orderId": "SO-1", "signedAt": "2026-03-02T10:00:00+08:00", "customerId": "C-1001", "source": "REFERRAL"}""";

  @Test
  void theDealerSystemPostsAnOrder201() throws Exception {
    loggedIn("dms", Groups.INTEGRATION);
    when(vehicleOrders.receive(any(), eq("dms"))).thenReturn(new Received<>(new OrderReceived("SO-1", Source.REFERRAL), true));
    mvc.perform(order(ORDER)).andExpect(status().isCreated()).andExpect(jsonPath("$.source").value("REFERRAL"));
    verify(vehicleOrders).receive(new VehicleOrder("SO-1", OffsetDateTime.parse("2026-03-02T02:00:00Z"), "C-1001",
        Source.REFERRAL), "dms");
  }

  @Test
  void badFieldsAreNamedAndNothingIsKept() throws Exception {
    loggedIn("dms", Groups.INTEGRATION);
    expectRefusedNaming(Matchers.containsInAnyOrder("orderId", "signedAt", "customerId", "source"),
        order("{\"orderId\": \"SO 1\", \"signedAt\": \"2999-01-01T00:00:00Z\", \"customerId\": \"\", "
            + "\"source\": \"LEASE\"}"));
    expectRefusedNaming("source", order("{\"orderId\": \"SO-1\", \"signedAt\": \"2026-03-02T10:00:00Z\", "
        + "\"customerId\": \"C-1\"}"));
    expectRefusedNaming("salesAdvisor", order(ORDER.replace("}", ", \"salesAdvisor\": \"chen\"}")));
    verifyNoInteractions(vehicleOrders);
  }

  @Test
  void onlyTheIntegrationSystemsPostOrders() throws Exception {
    for (String group : new String[] {Groups.SALES, Groups.SERVICE_MANAGER, Groups.AUDITOR}) {
      loggedIn("someone", group);
      expectForbidden(order(ORDER));
    }
    verifyNoInteractions(vehicleOrders);
  }

  private static RequestBuilder order(String body) {
    return post("/api/vehicle-orders").contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
