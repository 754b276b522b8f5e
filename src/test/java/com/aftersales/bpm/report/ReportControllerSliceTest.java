package com.aftersales.bpm.report;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ControllerSliceTest;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/reports/rescue} without the engine. The report reads only its own tables, so the
 * group check is its whole authorization: the handler no longer clears the caller's engine
 * authentication (the stale bypass), and the identity is left untouched.
 */
class ReportControllerSliceTest extends ControllerSliceTest {

  static final RescueCase CASE = new RescueCase("pi-1", "S-1", Instant.parse("2026-03-02T01:00:00Z"), "A", "Li Wei",
      Instant.parse("2026-03-02T03:00:00Z"), null, "RECOVERED", "SALES_PROMISE", 500L, 1000L, false, false, 0, false, true);

  @Test
  void theMonthsCasesAreReadForAnAuditor() throws Exception {
    loggedIn("alice", Groups.AUDITOR);
    when(rescueReports.cases(YearMonth.of(2026, 3))).thenReturn(List.of(CASE));
    mvc.perform(get("/api/reports/rescue/cases").param("month", "2026-03"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].surveyId").value("S-1"))
        .andExpect(jsonPath("$[0].outcome").value("RECOVERED"));
    verify(identity, never()).clearAuthentication();
  }

  @Test
  void theCsvIsAnAttachmentNamedForTheMonth() throws Exception {
    loggedIn("sam", Groups.SERVICE_MANAGER);
    when(rescueReports.cases(any())).thenReturn(List.of(CASE));
    when(rescueCsv.write(List.of(CASE))).thenReturn("survey\nS-1\n");
    mvc.perform(get("/api/reports/rescue/cases.csv").param("month", "2026-03"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"rescue-cases-2026-03.csv\""))
        .andExpect(content().contentType("text/csv;charset=UTF-8"));
  }

  @Test
  void aBadMonthIs400NamingIt() throws Exception {
    loggedIn("alice", Groups.AUDITOR);
    expectRefusedNaming("month", get("/api/reports/rescue").param("month", "2026-13"));
    verifyNoInteractions(rescueReports);
  }

  @Test
  void aServiceAdvisorGets403() throws Exception {
    loggedIn("anna", Groups.SERVICE_ADVISOR);
    expectForbidden(get("/api/reports/rescue").param("month", "2026-03"));
    verifyNoInteractions(rescueReports);
  }

  @Test
  void nobodyLoggedInGets403() throws Exception {
    expectForbidden(get("/api/reports/rescue/cases"));
    verifyNoInteractions(rescueReports);
  }
}
