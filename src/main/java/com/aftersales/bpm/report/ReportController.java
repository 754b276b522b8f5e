package com.aftersales.bpm.report;

import com.aftersales.bpm.common.Months;
import com.aftersales.bpm.security.AllowedGroups;
import com.aftersales.bpm.security.AsApplication;
import com.aftersales.bpm.security.Groups;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly rescue report (SPEC 1.5) and its cases as CSV, for service managers, regional
 * managers and auditors. The figures count every case of the centre, so they are computed with
 * the engine's per-case authorizations set aside once the caller's group has been checked.
 */
@RestController
@RequestMapping("/api/reports/rescue")
public class ReportController {

  private final RescueReportService reports;
  private final AsApplication asApplication;
  private final RescueCasesCsv csv;

  public ReportController(RescueReportService reports, AsApplication asApplication, RescueCasesCsv csv) {
    this.reports = reports;
    this.asApplication = asApplication;
    this.csv = csv;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups({Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER, Groups.AUDITOR})
  public RescueReport report(@RequestParam(required = false) String month) {
    YearMonth reported = Months.parameter(month);
    return asApplication.run(caller -> reports.forMonth(reported));
  }

  @GetMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups({Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER, Groups.AUDITOR})
  public List<RescueCase> caseList(@RequestParam(required = false) String month) {
    YearMonth reported = Months.parameter(month);
    return asApplication.run(caller -> reports.cases(reported));
  }

  @GetMapping(path = "/cases.csv")
  @AllowedGroups({Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER, Groups.AUDITOR})
  public ResponseEntity<byte[]> cases(@RequestParam(required = false) String month) {
    YearMonth reported = Months.parameter(month);
    List<RescueCase> cases = asApplication.run(caller -> reports.cases(reported));
    // a byte-order mark so that spreadsheet programs read the Chinese names as UTF-8
    byte[] body = ("\uFEFF" + csv.write(cases)).getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rescue-cases-" + reported + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
  }
}
