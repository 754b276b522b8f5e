package com.aftersales.bpm.promise;

import com.aftersales.bpm.common.IdempotentIntake;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ControllerSliceTest;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.http.MediaType;

/** {@code /api/customer-promises}, a customer's confirmation of one, and a customer's promises, without the engine. */
class CustomerPromiseControllerSliceTest extends ControllerSliceTest {

  static final String CHECKLIST = """
      {"checklistId": "CL-1", "customerId": "C-1", "orderId": "O-1", "recordedAt": "2026-03-02T09:00:00+08:00",
       "customerConfirmedAt": "2026-03-02T09:20:00+08:00", "items": [{"kind": "%s", "description": "Free tinting", "value": 800}]}""";
  static final String CONFIRMATION = """
      {"customerConfirmedAt": "2026-03-02T09:20:00+08:00"}""";


  @Test
  void aSalesSystemsChecklistIs201AndGoesToGroupSales() throws Exception {
    loggedIn("crm", Groups.INTEGRATION);
    stubUserIsInSales(0);
    when(promises.record(any(), eq("crm"), eq(Groups.SALES))).thenReturn(new IdempotentIntake.Received<>(
        new ChecklistReceived("CL-1", "pi-5", 1, 0, List.of()), true));
    mvc.perform(post("/api/customer-promises").contentType(MediaType.APPLICATION_JSON)
            .content(CHECKLIST.formatted(PromiseKind.values()[0])))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.processInstanceId").value("pi-5"));
  }

  @Test
  void anUnknownKindAndNoItemsAreNamed() throws Exception {
    loggedIn("crm", Groups.INTEGRATION);
    expectRefusedNaming(Matchers.hasItem(Matchers.startsWith("items[0].kind")),
        postJson("/api/customer-promises", CHECKLIST.formatted("MOON_TRIP")));
    verifyNoInteractions(promises);
  }

  @Test
  void aConfirmationBeforeTheRecordingIsNamedWithTheOtherBadFields() throws Exception {
    loggedIn("crm", Groups.INTEGRATION);
    expectRefusedNaming(Matchers.containsInAnyOrder("customerConfirmedAt", "items[0].kind"),
        postJson("/api/customer-promises", CHECKLIST.formatted("MOON_TRIP").replace("09:20:00", "08:59:59")))
        .andExpect(jsonPath("$.fieldErrors[?(@.field == 'customerConfirmedAt')].message")
            .value(Matchers.hasItem("must not be before recordedAt")));
    verifyNoInteractions(promises);
  }

  @Test
  void aChecklistWithoutTheCustomersConfirmationIsADraftTheServiceRecords() throws Exception {
    loggedIn("li", Groups.SALES);
    stubUserIsInSales(1);
    when(promises.record(any(), eq("li"), eq("li"))).thenReturn(new IdempotentIntake.Received<>(
        new ChecklistReceived("CL-1", "pi-6", 1, 1, List.of()), true));
    mvc.perform(post("/api/customer-promises").contentType(MediaType.APPLICATION_JSON)
            .content(CHECKLIST.formatted("TIME").replaceFirst("\"customerConfirmedAt\": \"[^\"]*\", ", "")))
        .andExpect(status().isCreated());
    verify(promises).record(argThat(checklist -> checklist.customerConfirmedAt() == null), eq("li"), eq("li"));
  }

  @Test
  void theSalesSystemMayConfirmAnyChecklistAndIsAnsweredAsTheServiceSays() throws Exception {
    loggedIn("crm", Groups.INTEGRATION);
    when(confirmations.confirm(eq("CL-1"), any(), eq("crm"), eq(true))).thenReturn(new IdempotentIntake.Received<>(
        new ChecklistConfirmed("CL-1", Instant.parse("2026-03-02T01:20:00Z"), 1, 1, List.of()), true));
    mvc.perform(post("/api/customer-promises/CL-1/confirmation").contentType(MediaType.APPLICATION_JSON)
            .content(CONFIRMATION))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.madeBeforeApproval").value(1))
        .andExpect(jsonPath("$.customerConfirmedAt").value("2026-03-02T01:20:00Z"));
  }

  @Test
  void aSalesAdvisorConfirmsAsThemselvesAndARepeatIs200() throws Exception {
    loggedIn("li", Groups.SALES);
    when(confirmations.confirm(eq("CL-1"), argThat(c -> c.customerConfirmedAt().toInstant()
        .equals(Instant.parse("2026-03-02T01:20:00Z"))), eq("li"), eq(false))).thenReturn(
        new IdempotentIntake.Received<>(new ChecklistConfirmed("CL-1", null, 1, 0, List.of()), false));
    mvc.perform(post("/api/customer-promises/CL-1/confirmation").contentType(MediaType.APPLICATION_JSON)
            .content(CONFIRMATION))
        .andExpect(status().isOk());
  }

  @Test
  void aConfirmationWithoutItsTimeIsNamedAndNothingIsConfirmed() throws Exception {
    loggedIn("li", Groups.SALES);
    expectRefusedNaming("customerConfirmedAt", post("/api/customer-promises/CL-1/confirmation")
        .contentType(MediaType.APPLICATION_JSON).content("{}"));
    expectRefusedNaming("customerConfirmedAt", post("/api/customer-promises/CL-1/confirmation")
        .contentType(MediaType.APPLICATION_JSON).content("{\"customerConfirmedAt\": \"2999-01-01T00:00:00Z\"}"));
    verifyNoInteractions(confirmations);
  }

  @Test
  void theServiceSideCannotConfirm() throws Exception {
    loggedIn("anna", Groups.SERVICE_ADVISOR);
    expectForbidden(post("/api/customer-promises/CL-1/confirmation").contentType(MediaType.APPLICATION_JSON)
        .content(CONFIRMATION));
    verifyNoInteractions(confirmations);
  }

  @Test
  void aCustomersPromisesAreReadByTheServiceSide() throws Exception {
    loggedIn("anna", Groups.SERVICE_ADVISOR);
    when(promises.ofCustomer("C-1")).thenReturn(List.of());
    mvc.perform(get("/api/customers/C-1/promises"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.customerId").value("C-1"))
        .andExpect(jsonPath("$.count").value(0));
  }

  @Test
  void deliveryCannotReadThem() throws Exception {
    loggedIn("dora", Groups.DELIVERY);
    expectForbidden(get("/api/customers/C-1/promises"));
    verifyNoInteractions(promises);
  }

  private void stubUserIsInSales(long count) {
    org.camunda.bpm.engine.identity.UserQuery query = org.mockito.Mockito.mock(
        org.camunda.bpm.engine.identity.UserQuery.class, Answers.RETURNS_SELF);
    when(query.count()).thenReturn(count);
    when(identity.createUserQuery()).thenReturn(query);
  }
}
