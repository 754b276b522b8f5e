package com.aftersales.bpm.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ControllerSliceTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** {@code /api/staff/{userId}/mobile} without the engine (ADR 35): the administrator's, checked field by field. */
class StaffMobileControllerSliceTest extends ControllerSliceTest {

  private final UserQuery users = mock(UserQuery.class, RETURNS_SELF);

  @BeforeEach
  void staff() {
    when(identity.createUserQuery()).thenReturn(users);
    when(users.count()).thenReturn(1L);
  }

  @Test
  void theAdministratorSetsANumberKeptInInternationalForm() throws Exception {
    loggedIn("admin", Groups.ADMIN);
    mvc.perform(set("anna", "{\"mobile\":\"138 0013 8000\"}")).andExpect(status().isOk())
        .andExpect(jsonPath("$.userId").value("anna")).andExpect(jsonPath("$.mobile").value("+8613800138000"));
    verify(staffMobiles).set("anna", new MobileNumber("+8613800138000"), "admin");
  }

  @Test
  void aBadBodyIsA400NamingTheFieldAndNothingIsKept() throws Exception {
    loggedIn("admin", Groups.ADMIN);
    expectRefusedNaming("mobile", set("anna", "{\"mobile\":\"010 6552 9988\"}"));
    expectRefusedNaming("mobile", set("anna", "{\"mobile\":\"\"}"));
    expectRefusedNaming("mobile", set("anna", "{\"mobile\":13800138000}"));
    expectRefusedNaming("phone", set("anna", "{\"mobile\":\"13800138000\",\"phone\":\"x\"}"));
    verify(staffMobiles, never()).set(any(), any(), any());
  }

  @Test
  void anUnknownAccountIsA404NamingIt() throws Exception {
    loggedIn("admin", Groups.ADMIN);
    when(users.count()).thenReturn(0L);
    mvc.perform(set("nobody", "{\"mobile\":\"13800138000\"}")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("no staff account nobody"));
    verifyNoInteractions(staffMobiles);
  }

  @Test
  void theAdministratorListsEveryNumberWithWhoSetIt() throws Exception {
    loggedIn("admin", Groups.ADMIN);
    when(staffMobiles.all()).thenReturn(List.of(new StaffMobiles.Entry("anna", "+8613800138000", "admin",
        Instant.parse("2026-11-28T01:00:00Z"))));
    mvc.perform(get("/api/staff/mobiles")).andExpect(status().isOk()).andExpect(jsonPath("$[0].userId").value("anna"))
        .andExpect(jsonPath("$[0].setBy").value("admin")).andExpect(jsonPath("$[0].setAt").value("2026-11-28T01:00:00Z"));
  }

  @Test
  void noNumberOnRecordIsA404AndForgettingIsA204() throws Exception {
    loggedIn("admin", Groups.ADMIN);
    when(staffMobiles.of("anna")).thenReturn(Optional.empty());
    mvc.perform(get("/api/staff/anna/mobile")).andExpect(status().isNotFound());
    mvc.perform(delete("/api/staff/anna/mobile")).andExpect(status().isNoContent());
    verify(staffMobiles).forget("anna");
  }

  @Test
  void staffMayNeitherSetNorReadNorForgetANumberTheirOwnIncluded() throws Exception {
    for (String group : new String[] {Groups.SERVICE_MANAGER, Groups.AUDITOR, Groups.CUSTOMER_SUCCESS}) {
      loggedIn("anna", group);
      expectForbidden(set("anna", "{\"mobile\":\"13800138000\"}"));
      expectForbidden(get("/api/staff/anna/mobile"));
      expectForbidden(get("/api/staff/mobiles"));
      expectForbidden(delete("/api/staff/anna/mobile"));
    }
    verifyNoInteractions(staffMobiles);
  }

  private static org.springframework.test.web.servlet.RequestBuilder set(String user, String body) {
    return put("/api/staff/" + user + "/mobile").contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
