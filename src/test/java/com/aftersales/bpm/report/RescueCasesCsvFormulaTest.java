package com.aftersales.bpm.report;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.DisplayDates;
import com.aftersales.bpm.common.StaffWords;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A customer's name is the integrator's text, and the CSV is opened in a spreadsheet: a cell that
 * starts as a formula would run there (OWASP "CSV injection": =, +, -, @, and a tab or carriage
 * return before one, which spreadsheets skip). Each such cell is made text with a leading quote.
 */
class RescueCasesCsvFormulaTest {

  private final RescueCasesCsv csv = new RescueCasesCsv(new StaffWords(), new DisplayDates(new CentreTimeZone("Asia/Shanghai")));

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\";\"王\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
      "\t=1+1", "\r=1+1"})
  void aCellThatWouldStartAFormulaIsText(String name) {
    String row = csv.write(List.of(rescue(name))).split("\r\n")[1];
    String customer = cells(row).get(3);
    Assertions.assertThat(customer).as(row).isEqualTo("'" + name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"王先生", "Zhang, Wei", "李 \"Li\" 女士", " =not at the start"})
  void otherNamesStayAsTheyAre(String name) {
    String row = csv.write(List.of(rescue(name))).split("\r\n")[1];
    Assertions.assertThat(cells(row).get(3)).as(row).isEqualTo(name);
  }

  private static RescueCase rescue(String customer) {
    return new RescueCase("pi-1", "S-1", Instant.parse("2026-11-02T02:00:00Z"), "A", customer, null, null, null, null,
        null, null, false, false, 0, false, false);
  }

  /** The row's cells as a spreadsheet reads them (RFC 4180 quotes undone; a quoted cell may hold a CR). */
  private static List<String> cells(String row) {
    List<String> cells = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
