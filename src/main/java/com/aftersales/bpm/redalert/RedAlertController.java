package com.aftersales.bpm.redalert;

import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.IntakeEndpoints;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Red alerts from quality, sales, delivery, the service manager or a quality system. */
@RestController
@RequestMapping(path = "/api/red-alerts", produces = MediaType.APPLICATION_JSON_VALUE)
public class RedAlertController {

  private final RedAlertService alerts;
  private final IntakeEndpoints endpoints;

  public RedAlertController(RedAlertService alerts, IntakeEndpoints endpoints) {
    this.alerts = alerts;
    this.endpoints = endpoints;
  }

  /** 201 with the alert's process and decision deadline; 200 with the first answer for the same alert again. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups({Groups.QUALITY, Groups.SALES, Groups.DELIVERY, Groups.SERVICE_MANAGER, Groups.INTEGRATION})
  public ResponseEntity<RedAlertStarted> raise(@RequestBody JsonNode body) {
    return endpoints.receive(body, RedAlertReport.class, alerts::raise);
  }
}
