package com.aftersales.bpm.report;

import com.aftersales.bpm.common.DisplayDates;
import com.aftersales.bpm.common.StaffWords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The month's rescues as CSV for the people who open it in a spreadsheet: headers, grades,
 * outcomes, root causes and yes/no in staff words (kind {@code reportColumn} names each column by
 * the field of {@link RescueCase} it shows), times as the centre writes them. The JSON
 * ({@code /api/reports/rescue/cases}) keeps the codes and instants for programs.
 */
@Component
public class RescueCasesCsv {

  /** The columns, by the {@link RescueCase} field each shows. */
  static final List<String> COLUMNS = List.of("surveyId", "answeredAt", "grade", "customer", "responseDue", "firstContactAt",
      "hoursToFirstContact", "outcome", "rootCause", "totalCompensation", "compensationAuthority", "homeVisit",
      "slaBreached", "escalated", "ended", "processInstanceId");

  /** What starts a formula in a spreadsheet: =, +, -, @, and a tab or carriage return, which it skips before one (OWASP). */
  private static final String FORMULA_START = "=+-@\t\r";

  private final StaffWords words;
  private final DisplayDates dates;

  public RescueCasesCsv(StaffWords words, DisplayDates dates) {
    this.words = words;
    this.dates = dates;
  }

  /** Header and rows, CRLF after each line (RFC 4180). */
  public String write(List<RescueCase> cases) {
    List<String> lines = new ArrayList<>();
    lines.add(COLUMNS.stream().map(column -> cell(words.of("reportColumn", column))).collect(Collectors.joining(",")));
    cases.forEach(c -> lines.add(row(c)));
    return lines.stream().map(line -> line + "\r\n").collect(Collectors.joining());
  }

  private String row(RescueCase c) {
    Double hours = c.hoursToFirstContact();
    return String.join(",", cell(c.surveyId()), cell(time(c.answeredAt())), cell(coded("grade", c.grade())),
        cell(c.customer()), cell(time(c.responseDue())), cell(time(c.firstContactAt())),
        hours == null ? "" : String.format(Locale.ROOT, "%.1f", hours), cell(coded("outcome", c.outcome())),
        cell(coded("rootCause", c.rootCause())), cell(c.totalCompensation()), cell(c.compensationAuthority()),
        cell(yesNo(c.homeVisit())), cell(yesNo(c.slaBreached())), cell(yesNo(c.escalated())), cell(yesNo(c.ended())),
        cell(c.processInstanceId()));
  }

  private String coded(String kind, String code) {
    return code == null ? null : words.of(kind, code);
  }

  private String yesNo(boolean value) {
    return words.of("yesNo", String.valueOf(value));
  }

  private String time(Instant instant) {
    return instant == null ? null : dates.at(Date.from(instant));
  }

  /** RFC 4180: quoted when it holds a comma, quote or line break; a formula's start is defused for spreadsheets. */
  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text;
    }
    return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
