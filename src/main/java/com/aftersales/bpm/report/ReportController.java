package com.aftersales.bpm.report;

import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.Months;
import com.aftersales.bpm.security.Groups;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

  static final List<String> READERS = List.of(Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER, Groups.AUDITOR, Groups.ADMIN);

  private final RescueReportService reports;
  private final IdentityService identity;

  public ReportController(RescueReportService reports, IdentityService identity) {
    this.reports = reports;
    this.identity = identity;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public RescueReport report(@RequestParam(required = false) String month) {
    YearMonth reported = Months.parameter(month);
    return asReader(() -> reports.forMonth(reported));
  }

  @GetMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<RescueCase> caseList(@RequestParam(required = false) String month) {
    YearMonth reported = Months.parameter(month);
    return asReader(() -> reports.cases(reported));
  }

  @GetMapping(path = "/cases.csv")
  public ResponseEntity<byte[]> cases(@RequestParam(required = false) String month) {
    YearMonth reported = Months.parameter(month);
    List<RescueCase> cases = asReader(() -> reports.cases(reported));
    String csv = RescueCase.CSV_HEADER + "\r\n" + cases.stream().map(RescueCase::csv).collect(Collectors.joining("\r\n"))
        + (cases.isEmpty() ? "" : "\r\n");
    // a byte-order mark so that spreadsheet programs read the Chinese names as UTF-8
    byte[] body = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rescue-cases-" + reported + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
  }

  private <T> T asReader(Supplier<T> query) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getGroupIds() == null || caller.getGroupIds().stream().noneMatch(READERS::contains)) {
      throw new ApiException(HttpStatus.FORBIDDEN, null,
          "The rescue report is for service managers, regional managers and auditors");
    }
    identity.clearAuthentication();
    try {
      return query.get();
    } finally {
      identity.setAuthentication(caller);
    }
  }
}
