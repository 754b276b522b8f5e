package com.aftersales.bpm.report;

import com.aftersales.bpm.common.Months;
import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.Groups;
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
 * managers and auditors ({@link AllowedGroups}, checked before the handler runs). The figures count
 * every case of the centre from the report's own tables, which the engine's per-case
 * authorizations do not cover: the group check is the whole authorization.
 */
@RestController
@RequestMapping("/api/reports/rescue")
public class ReportController {

  private final RescueReportService reports;
  private final RescueCasesCsv csv;

  public ReportController(RescueReportService reports, RescueCasesCsv csv) {
    this.reports = reports;
    this.csv = csv;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups({Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER, Groups.AUDITOR})
  public RescueReport report(@RequestParam(required = false) String month) {
    YearMonth reported = Months.parameter(month);
    return reports.forMonth(reported);
  }

  @GetMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups({Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER, Groups.AUDITOR})
  public List<RescueCase> caseList(@RequestParam(required = false) String month) {
    YearMonth reported = Months.parameter(month);
    return reports.cases(reported);
  }

  @GetMapping(path = "/cases.csv")
  @AllowedGroups({Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER, Groups.AUDITOR})
  public ResponseEntity<byte[]> cases(@RequestParam(required = false) String month) {
    YearMonth reported = Months.parameter(month);
    List<RescueCase> cases = reports.cases(reported);
    // a byte-order mark so that spreadsheet programs read the Chinese names as UTF-8
    byte[] body = ("\uFEFF" + csv.write(cases)).getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rescue-cases-" + reported + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
  }
}
