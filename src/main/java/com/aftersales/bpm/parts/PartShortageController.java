package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.RequestParameters;
import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.ConcurrentIntake;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.IntakeEndpoints;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Part events for integrators and the batch view of one part. */
@RestController
@RequestMapping(path = "/api/part-shortages", produces = MediaType.APPLICATION_JSON_VALUE)
public class PartShortageController {

  private final PartShortageService shortages;
  private final CustomerContactService contacts;
  private final IntakeEndpoints endpoints;

  public PartShortageController(PartShortageService shortages, CustomerContactService contacts,
      IntakeEndpoints endpoints) {
    this.shortages = shortages;
    this.contacts = contacts;
    this.endpoints = endpoints;
  }

  /** 201 with the risk assessment; 200 with the first answer for the same report again. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups(Groups.INTEGRATION)
  public ResponseEntity<ShortageStarted> report(@RequestBody JsonNode body) {
    return endpoints.receive(body, PartShortageReport.class, shortages::report);
  }

  /**
   * 204 when the order was waiting for the part (or had taken this arrival before); 202 with what
   * is kept when the order is not waiting yet and will take the arrival when it gets there.
   */
  @PostMapping("/{repairOrderId}/arrival")
  @AllowedGroups(Groups.INTEGRATION)
  public ResponseEntity<PartShortageService.ArrivalReceived> arrival(@PathVariable String repairOrderId,
      @RequestBody(required = false) JsonNode body) {
    // none or {}: the part came now; anything else is read strictly (a bare time or [] is a 400, not "now")
    PartArrival arrival = body == null || body.isObject() && body.isEmpty() ? null : endpoints.read(body, PartArrival.class);
    return endpoints.deliver(caller -> shortages.partArrived(repairOrderId, arrival),
        taken -> ResponseEntity.noContent().build());
  }

  /**
   * 201 while the order is open (before the wait, waiting, repair, handover, survey); 409 once it is
   * closed, the contact recorded all the same; 404 for an order never reported.
   */
  @PostMapping(path = "/{repairOrderId}/customer-contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups(Groups.INTEGRATION)
  public ResponseEntity<CustomerContactService.ContactRecorded> contact(@PathVariable String repairOrderId,
      @RequestBody JsonNode body) {
    CustomerContact contact = endpoints.read(body, CustomerContact.class);
    // a contact that lost the race against another change of the order is recorded again, not lost
    CustomerContactService.ContactRecorded recorded = endpoints.asApplication(
        caller -> ConcurrentIntake.receive(() -> contacts.customerContacted(repairOrderId, contact)));
    if (recorded.phase() == CustomerContactService.Phase.CLOSED) {
      // committed before the refusal: the CRM learns nobody here answers, the order's history keeps the contact
      throw ApiException.conflict("repairOrderId", "Repair order " + repairOrderId + " was closed at "
          + recorded.closedAt().toInstant() + ": the contact is recorded with the order, but no task answers it;"
          + " answer the customer from the CRM");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(recorded);
  }

  public record Batch(String partNumber, String status, int count, List<WaitingOrder> orders) {}

  /**
   * Read as the application once the caller's group is checked, as the capability report is: the
   * groups that read the batch hold no engine grant on the orders, which would open every order's
   * variables (customers' names, phones, plates) to them on /engine-rest.
   */
  @GetMapping
  @AllowedGroups({Groups.SERVICE_ADVISOR, Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER,
      Groups.PARTS_COORDINATOR, Groups.AUDITOR})
  public Batch waiting(@RequestParam(required = false) String partNumber,
      @RequestParam(defaultValue = "waiting") String status) {
    if (partNumber == null || partNumber.isBlank()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "partNumber", "partNumber is required");
    }
    RequestParameters.plainText("partNumber", partNumber);
    if (!"waiting".equals(status)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "status", "status must be 'waiting'");
    }
    List<WaitingOrder> orders = endpoints.asApplication(caller -> shortages.waitingFor(partNumber));
    return new Batch(partNumber, status, orders.size(), orders);
  }
}
