package com.aftersales.bpm.benchmark;

import com.aftersales.bpm.report.PartsOrderTable;
import com.aftersales.bpm.report.RescueCaseTable;
import com.aftersales.bpm.support.Http;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issues 6 and 7: the case-history search and the monthly rescue report with 10,000 finished rescues, each run through the real
 * process (tasks completed, re-rating received, review timer executed; every fifth missed its
 * response SLA). The searches are the plugin's own engine REST calls, made as `auditor`, on the
 * application's embedded H2 file database. Reports times; asserts only that the searches find
 * what they should. Run: mvn -B test -Dtest=HistorySearchBenchmark -Dbenchmark.stages=1000,10000,100000
 * (creating 100,000 takes about an hour; a later run continues the database in target/benchmark;
 * -Dbenchmark.searches=false measures the monthly report only). The rescues: {@link FinishedRescues};
 * the monthly report's times: {@link MonthlyReportTimes}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:file:${benchmark.db:./target/benchmark/history-search};AUTO_SERVER=FALSE;CACHE_SIZE=262144",
    "camunda.bpm.job-execution.enabled=false",
    "aftersales.admin.password=demo"})
class HistorySearchBenchmark {

  private static final int RUNS = 7;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired HistoryService history;
  @Autowired RescueCaseTable rescueCases;
  @Autowired PartsOrderTable partsOrders;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void historySearchOverFinishedRescues() throws Exception {
    int[] stages = java.util.Arrays.stream(System.getProperty("benchmark.stages", "1000,10000").split(","))
        .mapToInt(Integer::parseInt).toArray();
    Http http = new Http(port);
    long existing = runtime.createProcessInstanceQuery().count() + history.createHistoricProcessInstanceQuery().finished().count();
    FinishedRescues rescues = new FinishedRescues(engine);
    MonthlyReportTimes monthlyReport = new MonthlyReportTimes(history, rescueCases, partsOrders, json);
    List<String> report = new ArrayList<>();
    for (int size : stages) {
      long started = System.nanoTime();
      int made = rescues.createUpTo(size);
      report.add(String.format("%,d finished rescues (%,d created in %d s)", FinishedRescues.historyCount(), made,
          Duration.ofNanos(System.nanoTime() - started).toSeconds()));
      // the report first, so that its first call is the first read after the start (a cold cache)
      report.addAll(monthlyReport.measure(http));
      if (!Boolean.parseBoolean(System.getProperty("benchmark.searches", "true"))) {
        continue;
      }
      Map<String, String> searches = new LinkedHashMap<>();
      searches.put("survey id (business key like)", "{\"processDefinitionKey\":\"lowScoreRescue\",\"processInstanceBusinessKeyLike\":\"%" + FinishedRescues.surveyId(size - 7) + "%\"}");
      searches.put("customer like + finished", "{\"processDefinitionKey\":\"lowScoreRescue\",\"finished\":true,\"variables\":[{\"name\":\"customerName\",\"operator\":\"like\",\"value\":\"%" + FinishedRescues.customerName(size - 7) + "%\"}]}");
      searches.put("customer contains: name lookup + ids", FinishedRescues.customerName(size - 7));
      searches.put("grade S + SLA breached", "{\"processDefinitionKey\":\"lowScoreRescue\",\"variables\":[{\"name\":\"grade\",\"operator\":\"eq\",\"value\":\"S\"},{\"name\":\"slaBreached\",\"operator\":\"eq\",\"value\":true}],\"sorting\":[{\"sortBy\":\"startTime\",\"sortOrder\":\"desc\"}]}");
      searches.put("outcome NOT_RECOVERED, newest 200", "{\"processDefinitionKey\":\"lowScoreRescue\",\"variables\":[{\"name\":\"outcome\",\"operator\":\"eq\",\"value\":\"NOT_RECOVERED\"}],\"sorting\":[{\"sortBy\":\"startTime\",\"sortOrder\":\"desc\"}]}");

      for (Map.Entry<String, String> search : searches.entrySet()) {
        List<Long> times = new ArrayList<>();
        int hits = 0;
        for (int run = 0; run <= RUNS; run++) {
          long t0 = System.nanoTime();
          String body = search.getValue();
          if (search.getKey().contains("name lookup")) {
            // what the plugin does for a customer: our name lookup, then the engine query by those case ids
            String ids = http.get("auditor", "/api/history/customer-cases?name="
                + java.net.URLEncoder.encode(body, java.nio.charset.StandardCharsets.UTF_8)).body();
            body = "{\"processDefinitionKey\":\"lowScoreRescue\",\"finished\":true,\"processInstanceIds\":" + ids + "}";
          }
          HttpResponse<String> found = http.postJson("auditor",
              "/engine-rest/history/process-instance?firstResult=0&maxResults=200", body);
          // the plugin then reads the shown variables of the hits in one query
          List<String> ids = json.readTree(found.body()).findValuesAsText("id");
          if (!ids.isEmpty()) {
            http.postJson("auditor", "/engine-rest/history/variable-instance?deserializeValues=false",
                json.writeValueAsString(Map.of("processInstanceIdIn", ids, "variableNameIn",
                    List.of("customerName", "grade", "riskLevel", "outcome", "escalated", "actionState", "slaBreached"))));
          }
          long ms = (System.nanoTime() - t0) / 1_000_000;
          Assertions.assertThat(found.statusCode()).isEqualTo(200);
          times.add(ms);
          hits = ids.size();
        }
        Assertions.assertThat(hits).as(search.getKey()).isPositive();
        // the first run finds a cold cache; the median of the next RUNS is the steady state
        List<Long> warm = times.subList(1, times.size()).stream().sorted().toList();
        long median = warm.get(warm.size() / 2);
        report.add(String.format("  %-34s %4d hits  first %4d ms  median %4d ms  max %4d ms  (median = %.2f of the 1 s budget)",
            search.getKey(), hits, times.get(0), median, warm.get(warm.size() - 1), median / 1000.0));
      }
    }
    System.out.println("HISTORY SEARCH BENCHMARK (existing before: " + existing + ")\n" + String.join("\n", report));
  }
}
