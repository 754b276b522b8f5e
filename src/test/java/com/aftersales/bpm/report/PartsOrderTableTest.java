package com.aftersales.bpm.report;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.PartShortages;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report's parts figures read parts_order, which the engine's history events keep: the same
 * figures whether the rows were fed as the orders ran or filled from history afterwards
 * ({@link CaseTablesTest}: the rescue and red-alert rows).
 */
@ApplicationTest
class PartsOrderTableTest extends ApplicationTestSupport {

  @Autowired PartsOrderTable partsOrders;

  @Test
  void partsOrdersAreCountedFromTheirTableAndFilledFromHistoryAlike() throws Exception {
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", partsOrder("JAN-RO-1", "MINOR")).statusCode())
        .isEqualTo(201);
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", partsOrder("JAN-RO-2", "MINOR")).statusCode())
        .isEqualTo(201);
    String arrived = runtime.createProcessInstanceQuery().processInstanceBusinessKey("JAN-RO-1").singleResult().getId();
    String waiting = runtime.createProcessInstanceQuery().processInstanceBusinessKey("JAN-RO-2").singleResult().getId();
    Task expectation = tasks.createTaskQuery().processInstanceId(arrived).taskDefinitionKey("Task_SetExpectation").singleResult();
    tasks.complete(expectation.getId(), Map.of("promisedDate", "2026-01-20"));
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/JAN-RO-1/arrival",
        "{\"arrivedAt\":\"2026-01-15T02:00:00Z\"}").statusCode()).isEqualTo(204);

    String figures = partsFigures(http);
    Assertions.assertThat(figures).isEqualTo("{\"orders\":2,\"byRiskLevel\":{\"L3\":2},\"escalated\":0,\"partArrived\":1,"
        + "\"medianWaitDays\":3.0,\"promisedDateKept\":1,\"promisedDateKeptRate\":100.0}");
    List.of(arrived, waiting).forEach(id -> jdbc.update("DELETE FROM parts_order WHERE process_instance_id = ?", id));
    Assertions.assertThat(partsFigures(http)).contains("\"orders\":0");

    Assertions.assertThat(new CaseTableReconciler(history, List.of(partsOrders)).reconcile().filled()).isEqualTo(2);
    Assertions.assertThat(partsFigures(http)).as("the same figures from rows filled from history").isEqualTo(figures);
  }

  private static String partsOrder(String repairOrderId, String condition) {
    return PartShortages.report(repairOrderId, condition).reportedAt(Instant.parse("2026-01-12T02:00:00Z"))
        .supplierEta(LocalDate.of(2026, 1, 16)).json();
  }

  private String partsFigures(Http http) throws Exception {
    HttpResponse<String> report = http.get("manager", "/api/reports/rescue?month=2026-01");
    Assertions.assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    return new ObjectMapper().readTree(report.body()).get("parts").toString();
  }
}
