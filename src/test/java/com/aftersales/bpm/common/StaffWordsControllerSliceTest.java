package com.aftersales.bpm.common;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.bpm.support.ControllerSliceTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** {@code GET /api/words} without the engine, with the real catalog (words/staff-words.json). */
class StaffWordsControllerSliceTest extends ControllerSliceTest {

  @Test
  void staffGetTheCatalogAndTheZoneCachedPrivately() throws Exception {
    loggedIn("anna", Groups.SERVICE_ADVISOR);
    mvc.perform(get("/api/words"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"))
        .andExpect(jsonPath("$.variables.customerName").exists())
        .andExpect(header().string("Cache-Control", Matchers.containsString("private")));
  }

  @Test
  void theIntegrationAccountGets403() throws Exception {
    loggedIn("crm", Groups.INTEGRATION);
    expectForbidden(get("/api/words"));
  }
}
