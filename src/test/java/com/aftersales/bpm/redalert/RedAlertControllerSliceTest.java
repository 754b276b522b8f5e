package com.aftersales.bpm.redalert;

import com.aftersales.bpm.common.IdempotentIntake;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
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

/** {@code POST /api/red-alerts} without the engine. */
class RedAlertControllerSliceTest extends ControllerSliceTest {

  static final String ALERT = """
      {"alertId": "RA-1", "discoveredAt": "2026-03-02T09:00:00+08:00", "description": "Pump batch faulty",
       "partNumber": "P-100"}""";


  @Test
  void theServiceManagerRaisesASupplyAlert201() throws Exception {
    loggedIn("sam", Groups.SERVICE_MANAGER);
    when(alerts.raise(any(), any())).thenReturn(new IdempotentIntake.Received<>(
        new RedAlertStarted("RA-1", "pi-9", AlertKind.SUPPLY, 3, Instant.parse("2026-03-02T05:00:00Z")), true));
    mvc.perform(post("/api/red-alerts").contentType(MediaType.APPLICATION_JSON).content(ALERT))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("SUPPLY"))
        .andExpect(jsonPath("$.orders").value(3));
  }

  @Test
  void aChangedRepeatIs409() throws Exception {
    loggedIn("sam", Groups.SERVICE_MANAGER);
    when(alerts.raise(any(), any())).thenThrow(new ApiException(HttpStatus.CONFLICT, "alertId", "changed repeat"));
    mvc.perform(post("/api/red-alerts").contentType(MediaType.APPLICATION_JSON).content(ALERT))
        .andExpect(status().isConflict());
  }

  @Test
  void badFieldsAreNamed() throws Exception {
    loggedIn("quinn", Groups.QUALITY);
    expectRefusedNaming(Matchers.hasItems("alertId", "discoveredAt", "description"), postJson("/api/red-alerts",
        "{\"alertId\": \"RA 1\", \"discoveredAt\": \"2999-01-01T00:00:00Z\", \"description\": \"\"}"));
    verifyNoInteractions(alerts);
  }

  @Test
  void mediaInvolvedMustBeTrueOrFalse() throws Exception {
    loggedIn("quinn", Groups.QUALITY);
    expectRefusedNaming(Matchers.contains("mediaInvolved"), postJson("/api/red-alerts",
        ALERT.replace("\"partNumber\"", "\"mediaInvolved\": \"yes\", \"partNumber\"")));
    verifyNoInteractions(alerts);
  }

  @Test
  void mediaInvolvedReachesTheService() throws Exception {
    loggedIn("sam", Groups.SERVICE_MANAGER);
    when(alerts.raise(any(), any())).thenReturn(new IdempotentIntake.Received<>(
        new RedAlertStarted("RA-1", "pi-9", AlertKind.SUPPLY, 3, Instant.parse("2026-03-02T05:00:00Z")), true));
    mvc.perform(post("/api/red-alerts").contentType(MediaType.APPLICATION_JSON)
            .content(ALERT.replace("\"partNumber\"", "\"mediaInvolved\": true, \"partNumber\"")))
        .andExpect(status().isCreated());
    verify(alerts).raise(argThat(RedAlertReport::media), any());
  }

  @Test
  void anAuditorCannotRaiseOne() throws Exception {
    loggedIn("alice", Groups.AUDITOR);
    expectForbidden(post("/api/red-alerts").contentType(MediaType.APPLICATION_JSON).content(ALERT));
    verifyNoInteractions(alerts);
  }

  @Test
  void salesDeliveryAndQualityRaiseNoSupplyAlert() throws Exception {
    for (String group : new String[] {Groups.SALES, Groups.DELIVERY, Groups.QUALITY}) {
      loggedIn("pat", group);
      mvc.perform(post("/api/red-alerts").contentType(MediaType.APPLICATION_JSON).content(ALERT))
          .andExpect(status().isForbidden()).andExpect(jsonPath("$.fieldErrors[*].field", Matchers.contains("partNumber")));
    }
    verifyNoInteractions(alerts);
  }
}
