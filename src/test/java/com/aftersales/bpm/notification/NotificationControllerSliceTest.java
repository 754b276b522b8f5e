package com.aftersales.bpm.notification;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ControllerSliceTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/notifications} and the inbox, without the engine: who reads which notifications. */
class NotificationControllerSliceTest extends ControllerSliceTest {

  static final Notification SENT = new Notification("n-1", Instant.parse("2026-03-02T01:00:00Z"), "EMAIL",
      "service-manager", "Low score", "S-1 scored 3", "S-1", "pi-1");


  @Test
  void aManagerReadsWhatWasAddressedToThemOrTheirGroups() throws Exception {
    loggedIn("sam", Groups.SERVICE_MANAGER);
    when(notifications.findByBusinessKey("S-1", RecipientFilter.addressedTo(List.of(Groups.SERVICE_MANAGER, "sam"))))
        .thenReturn(List.of(SENT));
    mvc.perform(get("/api/notifications").param("businessKey", "S-1"))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value("n-1"));
  }

  @Test
  void anAuditorReadsEverything() throws Exception {
    loggedIn("alice", Groups.AUDITOR);
    when(notifications.findRecent(eq(100), eq(RecipientFilter.everything()))).thenReturn(List.of(SENT));
    mvc.perform(get("/api/notifications")).andExpect(status().isOk()).andExpect(jsonPath("$[0].recipient").value("service-manager"));
  }

  @Test
  void aLimitOutOfRangeIs400NamingIt() throws Exception {
    loggedIn("alice", Groups.AUDITOR);
    expectRefusedNaming("limit", get("/api/notifications").param("limit", "5000"));
    expectRefusedNaming("limit", get("/api/notifications/inbox").param("limit", "x"));
    verifyNoInteractions(notifications);
  }

  @Test
  void theInboxNamesTheUserAndTheCentresZone() throws Exception {
    loggedIn("anna", Groups.SERVICE_ADVISOR);
    when(notifications.findRecent(eq(50), eq(RecipientFilter.addressedTo(List.of(Groups.SERVICE_ADVISOR, "anna")))))
        .thenReturn(List.of());
    mvc.perform(get("/api/notifications/inbox").param("limit", "50"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.userId").value("anna"))
        .andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"));
  }

  @Test
  void theMonitoringAccountReadsNone() throws Exception {
    loggedIn("monitoring", Groups.MONITORING);
    expectForbidden(get("/api/notifications/inbox"));
    verifyNoInteractions(notifications);
  }
}
