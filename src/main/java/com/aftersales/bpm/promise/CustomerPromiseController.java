package com.aftersales.bpm.promise;

import com.aftersales.bpm.common.RequestParameters;
import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.Customer;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.IntakeEndpoints;
import com.aftersales.bpm.engine.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sales promises: recorded by sales (or its system), as a draft and then the customer's confirmation or
 * both at once; read by the service side, sales and auditors.
 */
@RestController
public class CustomerPromiseController {

  private final CustomerPromiseService promises;
  private final CustomerConfirmationService confirmations;
  private final IntakeEndpoints endpoints;
  private final IdentityService identity;

  public CustomerPromiseController(CustomerPromiseService promises, CustomerConfirmationService confirmations,
      IntakeEndpoints endpoints, IdentityService identity) {
    this.promises = promises;
    this.confirmations = confirmations;
    this.endpoints = endpoints;
    this.identity = identity;
  }

  /** 201 with each promise's verdict; 200 with the first answer for the same checklist again. */
  @PostMapping(path = "/api/customer-promises", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups({Groups.SALES, Groups.INTEGRATION})
  public ResponseEntity<ChecklistReceived> record(@RequestBody JsonNode body) {
    return endpoints.receive(body, CustomerPromiseChecklist.class,
        (checklist, caller) -> promises.record(checklist, caller, salesAdvisor(caller)));
  }

  /**
   * The customer confirmed a checklist posted as a draft: 201 with each promise's state and whether it
   * was made before its pre-approval, 200 with the first answer for the same confirmation again.
   * Never refused for coming while a pre-approval is open (ADR 0039).
   */
  @PostMapping(path = "/api/customer-promises/{checklistId}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups({Groups.SALES, Groups.INTEGRATION})
  public ResponseEntity<ChecklistConfirmed> confirm(@PathVariable String checklistId, @RequestBody JsonNode body) {
    RequestParameters.plainText("checklistId", checklistId);
    // read before the work runs as the application, which has no groups
    Caller caller = Caller.of(identity);
    boolean salesSystem = caller != null && caller.groups().contains(Groups.INTEGRATION);
    return endpoints.receive(body, CustomerConfirmation.class,
        (confirmation, userId) -> confirmations.confirm(checklistId, confirmation, userId, salesSystem));
  }

  public record Promises(String customerId, int count, List<CustomerPromise> promises) {}

  @GetMapping(path = "/api/customers/{customerId}/promises", produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups({Groups.SERVICE_ADVISOR, Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER, Groups.SALES,
      Groups.STORE_MANAGER, Groups.AUDITOR})
  public Promises ofCustomer(@PathVariable String customerId) {
    RequestParameters.requiredKey("customerId", customerId, Customer.ID_LENGTH);
    List<CustomerPromise> list = promises.ofCustomer(customerId);
    return new Promises(customerId, list.size(), list);
  }

  /** The sales advisor who posted it is told the decisions; a sales system's checklist goes to group sales. */
  private String salesAdvisor(String caller) {
    boolean salesUser = caller != null
        && identity.createUserQuery().userId(caller).memberOfGroup(Groups.SALES).count() > 0;
    return salesUser ? caller : Groups.SALES;
  }
}
