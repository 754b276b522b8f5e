package com.aftersales.bpm.meeting;

import com.aftersales.bpm.common.Months;
import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.engine.AsApplication;
import com.aftersales.bpm.common.Groups;
import java.time.YearMonth;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The capability report for the monthly sales–after-sales meeting: managers, the store manager who
 * chairs it, sales who must know it, and auditors. It counts every case of the centre, and its
 * waiting parts are read from the engine's running cases, which the caller's engine authorizations
 * would cut to their own: so it is computed as the application once the caller's group is checked.
 */
@RestController
public class CapabilityController {

  private final CapabilityReportService reports;
  private final AsApplication asApplication;

  public CapabilityController(CapabilityReportService reports, AsApplication asApplication) {
    this.reports = reports;
    this.asApplication = asApplication;
  }

  @GetMapping(path = "/api/reports/capability", produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups({Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER, Groups.STORE_MANAGER, Groups.SALES, Groups.AUDITOR})
  public CapabilityReport report(@RequestParam(required = false) String month) {
    YearMonth reported = Months.parameter(month);
    return asApplication.run(caller -> reports.forMonth(reported));
  }
}
