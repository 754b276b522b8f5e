package com.aftersales.bpm.redalert;

import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.IntakeEndpoints;
import com.aftersales.bpm.engine.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
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

  /**
   * A supply alert takes its orders' customers from the service side's waiting repair orders, which
   * sales, delivery and quality may not read (the part's batch view): the service manager and the
   * systems raise it (admins too).
   */
  static final List<String> SUPPLY_RAISERS = List.of(Groups.SERVICE_MANAGER, Groups.INTEGRATION, Groups.ADMIN);

  private final RedAlertService alerts;
  private final IntakeEndpoints endpoints;
  private final IdentityService identity;

  public RedAlertController(RedAlertService alerts, IntakeEndpoints endpoints, IdentityService identity) {
    this.alerts = alerts;
    this.endpoints = endpoints;
    this.identity = identity;
  }

  /** 201 with the alert's process and decision deadline; 200 with the first answer for the same alert again. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups({Groups.QUALITY, Groups.SALES, Groups.DELIVERY, Groups.SERVICE_MANAGER, Groups.INTEGRATION})
  public ResponseEntity<RedAlertStarted> raise(@RequestBody JsonNode body) {
    // read before the work runs as the application, which has no groups
    Caller caller = Caller.of(identity);
    boolean mayRaiseSupply = caller != null && caller.groups().stream().anyMatch(SUPPLY_RAISERS::contains);
    return endpoints.receive(body, RedAlertReport.class, (report, receivedBy) -> {
      if (report.kind() == AlertKind.SUPPLY && !mayRaiseSupply) {
        throw new ApiException(HttpStatus.FORBIDDEN, "partNumber", "A supply alert (partNumber) is raised by the "
            + "service manager or a system: it reads the repair orders waiting for the part");
      }
      return alerts.raise(report, receivedBy);
    });
  }
}
