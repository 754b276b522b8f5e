package com.aftersales.bpm.meeting;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ControllerSliceTest;
import org.junit.jupiter.api.Test;

/** {@code GET /api/reports/capability} without the engine: the month parameter and who may read it. */
class CapabilityControllerSliceTest extends ControllerSliceTest {

  @Test
  void aBadMonthIs400NamingIt() throws Exception {
    loggedIn("stella", Groups.STORE_MANAGER);
    expectRefusedNaming("month", get("/api/reports/capability").param("month", "March"));
    verifyNoInteractions(capabilityReports);
  }

  @Test
  void partsCoordinatorsGet403() throws Exception {
    loggedIn("paula", Groups.PARTS_COORDINATOR);
    expectForbidden(get("/api/reports/capability").param("month", "2026-03"));
    verifyNoInteractions(capabilityReports);
  }
}
