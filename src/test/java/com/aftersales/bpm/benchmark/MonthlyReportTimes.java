package com.aftersales.bpm.benchmark;

import com.aftersales.bpm.common.Months;
import com.aftersales.bpm.report.CaseTableReconciler;
import com.aftersales.bpm.report.PartsOrderTable;
import com.aftersales.bpm.report.RescueCase;
import com.aftersales.bpm.report.RescueCaseHistory;
import com.aftersales.bpm.report.RescueCaseTable;
import com.aftersales.bpm.support.Http;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Issue 7, measured by {@link HistorySearchBenchmark}: the monthly report for the busiest month (the
 * first 10,000 rescues), a typical one (about 2,500) and an empty one. The endpoint, which reads
 * rescue_case, against the same month's rescues read from the engine's history as the report did
 * before that table (without the HTTP round trip and the figures, so the ratio favours history), in
 * one run on one database; then the reconciliation of the tables with history.
 */
record MonthlyReportTimes(HistoryService history, RescueCaseTable rescueCases, PartsOrderTable partsOrders,
    ObjectMapper json) {

  /** @return one line per month and one for the reconciliation */
  List<String> measure(Http http) throws Exception {
    List<String> lines = new ArrayList<>();
    String busy = monthOf(FinishedRescues.surveyId(0));
    for (String month : List.of(busy, YearMonth.parse(busy).minusMonths(1).toString(), "2020-01")) {
      List<Double> fromTable = new ArrayList<>();
      List<Double> fromHistory = new ArrayList<>();
      int rescues = 0;
      int historyCases = 0;
      for (int run = 0; run <= 3; run++) {
        long t0 = System.nanoTime();
        HttpResponse<String> monthly = http.get("auditor", "/api/reports/rescue?month=" + month);
        fromTable.add(ms(t0));
        Assertions.assertThat(monthly.statusCode()).as(monthly.body()).isEqualTo(200);
        rescues = json.readTree(monthly.body()).get("rescuesLaunched").asInt();
      }
      for (int run = 0; run <= 3; run++) {
        long t0 = System.nanoTime();
        historyCases = historyMonth(YearMonth.parse(month)).size();
        fromHistory.add(ms(t0));
      }
      Assertions.assertThat(historyCases).as("the table and the history count the same rescues").isEqualTo(rescues);
      lines.add(String.format("rescue report %s, %,d rescues: table first %,.0f ms, then %s ms | history first %,.0f ms, "
          + "then %s ms | history/table: first call %.1fx, warm median %.1fx", month, rescues, fromTable.get(0),
          rounded(fromTable.subList(1, 4)), fromHistory.get(0), rounded(fromHistory.subList(1, 4)),
          fromHistory.get(0) / fromTable.get(0), median(fromHistory.subList(1, 4)) / median(fromTable.subList(1, 4))));
    }
    long t0 = System.nanoTime();
    CaseTableReconciler.Result nothingToDo = new CaseTableReconciler(history, List.of(rescueCases, partsOrders)).reconcile();
    lines.add(String.format("reconcile with the table complete (at every start and nightly): %,.0f ms, %d filled, %d removed",
        ms(t0), nothingToDo.filled(), nothingToDo.removed()));
    return lines;
  }

  /** The month's rescues as the report read them before rescue_case: by a range on answeredAt in history. */
  private List<RescueCase> historyMonth(YearMonth month) {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    List<String> ids = history.createHistoricProcessInstanceQuery().processDefinitionKey("lowScoreRescue")
        .variableValueGreaterThanOrEqual("answeredAt", Date.from(Months.start(month, zone)))
        .variableValueLessThan("answeredAt", Date.from(Months.end(month, zone))).list().stream()
        .map(HistoricProcessInstance::getId).toList();
    return RescueCaseHistory.read(history, ids);
  }

  private String monthOf(String surveyId) {
    String id = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(surveyId).singleResult().getId();
    Date answered = (Date) history.createHistoricVariableInstanceQuery().processInstanceId(id).variableName("answeredAt")
        .singleResult().getValue();
    return YearMonth.from(answered.toInstant().atZone(ZoneId.of("Asia/Shanghai"))).toString();
  }

  private static double ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  private static double median(List<Double> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  private static List<Long> rounded(List<Double> values) {
    return values.stream().map(Math::round).toList();
  }
}
