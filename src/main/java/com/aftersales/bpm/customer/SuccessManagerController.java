package com.aftersales.bpm.customer;

import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.Customer;
import com.aftersales.bpm.common.ConcurrentIntake;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.IntakeEndpoints;
import com.aftersales.bpm.common.RequestParameters;
import com.aftersales.bpm.common.StaffUserId;
import com.aftersales.bpm.customer.SuccessManagerChange.Changed;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The CRM's change of a customer's success manager (SPEC 6, ADR 0037). */
@RestController
public class SuccessManagerController {

  /** The user id the CRM now names (DELETE: none, the group customer-success). */
  public record SuccessManagerRequest(@NotBlank @StaffUserId String successManager) {}

  private static final String PATH = "/api/customers/{customerId}/success-manager";

  private final SuccessManagerChange change;
  private final IntakeEndpoints endpoints;

  public SuccessManagerController(SuccessManagerChange change, IntakeEndpoints endpoints) {
    this.change = change;
    this.endpoints = endpoints;
  }

  /**
   * 200 with who reads the customer's cases now and how many there are; the same change again is
   * harmless. A change that lost the race against another of the same case (two sent back to back)
   * is done again ({@link ConcurrentIntake}): the last one done stands.
   */
  @PutMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups(Groups.INTEGRATION)
  public Changed change(@PathVariable String customerId, @RequestBody JsonNode body) {
    RequestParameters.requiredKey("customerId", customerId, Customer.ID_LENGTH);
    SuccessManagerRequest request = endpoints.read(body, SuccessManagerRequest.class);
    return endpoints.asApplication(caller -> ConcurrentIntake.receive(() -> change.change(customerId,
        request.successManager())));
  }

  /** The customer has no success manager any more: the group customer-success reads their cases. */
  @DeleteMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups(Groups.INTEGRATION)
  public Changed remove(@PathVariable String customerId) {
    RequestParameters.requiredKey("customerId", customerId, Customer.ID_LENGTH);
    return endpoints.asApplication(caller -> ConcurrentIntake.receive(() -> change.change(customerId, null)));
  }
}
