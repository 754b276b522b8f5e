package com.aftersales.bpm.sales;

import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.IntakeEndpoints;
import com.aftersales.bpm.sales.VehicleOrderIntake.OrderReceived;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The dealer system's signed vehicle orders, for sales' repurchase and referral KPI (SPEC 6, ADR 0036). */
@RestController
public class VehicleOrderController {

  private final VehicleOrderIntake intake;
  private final IntakeEndpoints endpoints;

  public VehicleOrderController(VehicleOrderIntake intake, IntakeEndpoints endpoints) {
    this.intake = intake;
    this.endpoints = endpoints;
  }

  /** 201 the first time, 200 with the same answer for the same order again, 409 for other content. */
  @PostMapping(path = "/api/vehicle-orders", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups(Groups.INTEGRATION)
  public ResponseEntity<OrderReceived> receive(@RequestBody JsonNode body) {
    return endpoints.receive(body, VehicleOrder.class, intake::receive);
  }
}
