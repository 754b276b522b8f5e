package com.aftersales.bpm.review;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ControllerSliceTest;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /api/reviews/candidates} without the engine. */
class ReviewControllerSliceTest extends ControllerSliceTest {

  @Test
  void theStoreManagerReadsTheMonthsCandidates() throws Exception {
    loggedIn("stella", Groups.STORE_MANAGER);
    when(reviewCandidates.forMonth(YearMonth.of(2026, 2))).thenReturn(List.of());
    mvc.perform(get("/api/reviews/candidates").param("month", "2026-02"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void aBadMonthIs400AndAnAdvisorIs403() throws Exception {
    loggedIn("stella", Groups.STORE_MANAGER);
    expectRefusedNaming("month", get("/api/reviews/candidates").param("month", "1999-01"));
    loggedIn("anna", Groups.SERVICE_ADVISOR);
    expectForbidden(get("/api/reviews/candidates").param("month", "2026-02"));
    verifyNoInteractions(reviewCandidates);
  }
}
