package com.aftersales.bpm.rescue;

import com.aftersales.bpm.common.IdempotentIntake;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ControllerSliceTest;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** {@code POST /api/nps-responses} without the engine (see {@link ControllerSliceTest}). */
class SurveyControllerSliceTest extends ControllerSliceTest {

  static final String SURVEY = """
      {"surveyId": "S-1", "answeredAt": "2026-03-02T09:00:00+08:00", "score": 3, "comment": "slow",
       "customer": {"id": "C-1", "name": "Li Wei", "phone": "+86 138 0000 0000"}}""";
  static final IntakeResult STARTED = new IntakeResult("S-1", IntakeResult.Action.RESCUE_STARTED, "pi-1", "RED",
      "A", "service-manager", Instant.parse("2026-03-02T03:00:00Z"));


  @Test
  void aNewSurveyIs201WithWhatWasStarted() throws Exception {
    loggedIn("crm", Groups.INTEGRATION);
    when(surveys.receive(any(), eq("crm"))).thenReturn(new IdempotentIntake.Received<>(STARTED, true));
    mvc.perform(post("/api/nps-responses").contentType(MediaType.APPLICATION_JSON).content(SURVEY))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.surveyId").value("S-1"))
        .andExpect(jsonPath("$.action").value("RESCUE_STARTED"))
        .andExpect(jsonPath("$.processInstanceId").value("pi-1"));
  }

  @Test
  void theSameSurveyAgainIs200WithTheFirstAnswer() throws Exception {
    loggedIn("crm", Groups.INTEGRATION);
    when(surveys.receive(any(), any())).thenReturn(new IdempotentIntake.Received<>(STARTED, false));
    mvc.perform(post("/api/nps-responses").contentType(MediaType.APPLICATION_JSON).content(SURVEY))
        .andExpect(status().isOk()).andExpect(jsonPath("$.processInstanceId").value("pi-1"));
  }

  @Test
  void aChangedRepeatIs409() throws Exception {
    loggedIn("crm", Groups.INTEGRATION);
    when(surveys.receive(any(), any())).thenThrow(new ApiException(HttpStatus.CONFLICT, "surveyId",
        "survey S-1 was received before with other content"));
    mvc.perform(post("/api/nps-responses").contentType(MediaType.APPLICATION_JSON).content(SURVEY))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.status").value(409));
  }

  @Test
  void everyBadFieldIsNamedAndNothingStarts() throws Exception {
    loggedIn("crm", Groups.INTEGRATION);
    expectRefusedNaming(Matchers.containsInAnyOrder("surveyId", "score", "customer.phone"), postJson("/api/nps-responses", """
        {"surveyId": "S 1", "answeredAt": "2026-03-02T09:00:00+08:00", "score": 11,
         "customer": {"id": "C-1", "name": "Li Wei", "phone": "call me"}}"""));
    verify(surveys, never()).receive(any(), any());
  }

  @Test
  void anUnknownFieldIsRefused() throws Exception {
    loggedIn("crm", Groups.INTEGRATION);
    expectRefusedNaming(Matchers.hasItem("discount"),
        postJson("/api/nps-responses", SURVEY.replace("\"score\": 3", "\"score\": 3, \"discount\": 100")));
    verify(surveys, never()).receive(any(), any());
  }

  @Test
  void staffOutsideTheIntegrationGroupGet403() throws Exception {
    loggedIn("anna", Groups.SERVICE_ADVISOR);
    expectForbidden(post("/api/nps-responses").contentType(MediaType.APPLICATION_JSON).content(SURVEY));
    verify(surveys, never()).receive(any(), any());
  }

  @Test
  void aReRatingKeptForLaterIs202() throws Exception {
    loggedIn("crm", Groups.INTEGRATION);
    when(reRatings.receive(eq("S-1"), any())).thenReturn(new ReRatingService.ReRatingResult("S-1", null, 9,
        ReRatingService.ReRatingResult.Status.KEPT, "kept until the rescue's follow-up is done"));
    mvc.perform(post("/api/nps-responses/S-1/re-rating").contentType(MediaType.APPLICATION_JSON)
            .content("{\"score\": 9, \"answeredAt\": \"2026-03-20T09:00:00+08:00\"}"))
        .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("KEPT"));
  }

  @Test
  void aReRatingTakenByTheRescueIs200() throws Exception {
    loggedIn("crm", Groups.INTEGRATION);
    when(reRatings.receive(eq("S-1"), any())).thenReturn(new ReRatingService.ReRatingResult("S-1", "pi-1", 9,
        ReRatingService.ReRatingResult.Status.APPLIED, null));
    mvc.perform(post("/api/nps-responses/S-1/re-rating").contentType(MediaType.APPLICATION_JSON)
            .content("{\"score\": 9, \"answeredAt\": \"2026-03-20T09:00:00+08:00\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPLIED"));
  }
}
