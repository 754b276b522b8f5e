package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.IdempotentIntake;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ControllerSliceTest;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** {@code /api/part-shortages} without the engine. */
class PartShortageControllerSliceTest extends ControllerSliceTest {

  static final String REPORT = """
      {"repairOrderId": "RO-1", "reportedAt": "2026-03-02T09:00:00+08:00",
       "customer": {"id": "C-1", "name": "Li Wei", "phone": "+86 138 0000 0000"},
       "part": {"number": "P-100", "name": "Battery cooling pump"}, "vehicleCondition": "MINOR"}""";


  @Test
  void aNewReportIs201AndARepeatIs200() throws Exception {
    loggedIn("dms", Groups.INTEGRATION);
    ShortageStarted started = new ShortageStarted("RO-1", "pi-1", "HIGH", false, null, null, null);
    when(shortages.report(any(), eq("dms"))).thenReturn(new IdempotentIntake.Received<>(started, true),
        new IdempotentIntake.Received<>(started, false));
    mvc.perform(post("/api/part-shortages").contentType(MediaType.APPLICATION_JSON).content(REPORT))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.riskLevel").value("HIGH"));
    mvc.perform(post("/api/part-shortages").contentType(MediaType.APPLICATION_JSON).content(REPORT))
        .andExpect(status().isOk()).andExpect(jsonPath("$.processInstanceId").value("pi-1"));
  }

  @Test
  void aMissingPartAndAnUnknownConditionAreNamed() throws Exception {
    loggedIn("dms", Groups.INTEGRATION);
    String bad = REPORT.replace("\"part\": {\"number\": \"P-100\", \"name\": \"Battery cooling pump\"}, ", "")
        .replace("MINOR", "FLYING");
    expectRefusedNaming(Matchers.hasItems("part", "vehicleCondition"), postJson("/api/part-shortages", bad));
    verifyNoInteractions(shortages);
  }

  @Test
  void theBatchViewNeedsAPartNumber() throws Exception {
    loggedIn("paula", Groups.PARTS_COORDINATOR);
    expectRefusedNaming("partNumber", get("/api/part-shortages"));
    when(shortages.waitingFor("P-100")).thenReturn(List.of());
    mvc.perform(get("/api/part-shortages").param("partNumber", "P-100"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(0));
  }

  @Test
  void anArrivalTakenIs204AndOneKeptForLaterIs202() throws Exception {
    loggedIn("dms", Groups.INTEGRATION);
    when(shortages.partArrived(eq("RO-1"), any())).thenReturn(
        new PartShortageService.ArrivalReceived("RO-1", PartShortageService.ArrivalReceived.Status.APPLIED, null, null),
        new PartShortageService.ArrivalReceived("RO-1", PartShortageService.ArrivalReceived.Status.KEPT, null, "kept"));
    mvc.perform(post("/api/part-shortages/RO-1/arrival")).andExpect(status().isNoContent());
    mvc.perform(post("/api/part-shortages/RO-1/arrival"))
        .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("KEPT"));
  }

  @Test
  void staffCannotPostAnIntegratorsEvent() throws Exception {
    loggedIn("paula", Groups.PARTS_COORDINATOR);
    expectForbidden(post("/api/part-shortages").contentType(MediaType.APPLICATION_JSON).content(REPORT));
    verifyNoInteractions(shortages);
  }
}
