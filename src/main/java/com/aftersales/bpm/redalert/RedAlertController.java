package com.aftersales.bpm.redalert;

import com.aftersales.bpm.common.ConcurrentIntake;
import com.aftersales.bpm.common.JsonRequestReader;
import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.engine.AsApplication;
import com.aftersales.bpm.common.Groups;
import com.fasterxml.jackson.databind.JsonNode;
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

  private final RedAlertService alerts;
  private final JsonRequestReader requests;
  private final AsApplication asApplication;

  public RedAlertController(RedAlertService alerts, JsonRequestReader requests, AsApplication asApplication) {
    this.alerts = alerts;
    this.requests = requests;
    this.asApplication = asApplication;
  }

  /** 201 with the alert's process and decision deadline; 200 with the first answer for the same alert again. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups({Groups.QUALITY, Groups.SALES, Groups.DELIVERY, Groups.SERVICE_MANAGER, Groups.INTEGRATION})
  public ResponseEntity<RedAlertStarted> raise(@RequestBody JsonNode body) {
    RedAlertReport report = requests.read(body, RedAlertReport.class);
    RedAlertService.Received received = asApplication.run(caller ->
        ConcurrentIntake.receive(() -> alerts.raise(report, caller)));
    return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK).body(received.result());
  }
}
