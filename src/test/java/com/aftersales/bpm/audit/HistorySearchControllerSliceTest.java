package com.aftersales.bpm.audit;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ControllerSliceTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /api/history/customer-cases} without the engine. */
class HistorySearchControllerSliceTest extends ControllerSliceTest {

  @Test
  void theNameIsTrimmedAndTheCaseIdsAnswered() throws Exception {
    loggedIn("alice", Groups.AUDITOR);
    when(customerCases.withNameContaining("Li")).thenReturn(List.of("pi-1", "pi-2"));
    mvc.perform(get("/api/history/customer-cases").param("name", "  Li "))
        .andExpect(status().isOk()).andExpect(jsonPath("$[1]").value("pi-2"));
  }

  @Test
  void aMissingOrControlCharacterNameIs400NamingIt() throws Exception {
    loggedIn("alice", Groups.AUDITOR);
    expectRefusedNaming("name", get("/api/history/customer-cases"));
    expectRefusedNaming("name", get("/api/history/customer-cases").param("name", "Li\u0007"));
    verifyNoInteractions(customerCases);
  }

  @Test
  void salesGet403() throws Exception {
    loggedIn("sally", Groups.SALES);
    expectForbidden(get("/api/history/customer-cases").param("name", "Li"));
    verifyNoInteractions(customerCases);
  }
}
