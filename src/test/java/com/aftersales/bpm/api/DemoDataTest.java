package com.aftersales.bpm.api;

import com.aftersales.bpm.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 7: the demo-data command fills an empty installation through the real processes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-data-test;DB_CLOSE_DELAY=-1",
    "spring.profiles.active=demo-data",
    "aftersales.demo-data.exit-when-done=false",
    "aftersales.admin.password=demo",
    // its own engine name: the engine REST API of the shared test application looks engines up by
    // name, and a second engine called "default" would take its place there
    "camunda.bpm.process-engine-name=demoDataTest"})
class DemoDataTest {

  @LocalServerPort int port;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;

  @Test
  void threeFinishedMonthsAndAnOpenOneForThePageTasklistAndCockpit() throws Exception {
    YearMonth lastMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
    JsonNode figures = new ObjectMapper().readTree(new Http(port).get("manager", "/api/reports/rescue?month=" + lastMonth).body());
    Assertions.assertThat(figures.get("rescuesLaunched").asInt()).isEqualTo(20);
    Assertions.assertThat(figures.get("lowScores").asInt()).isEqualTo(20);
    Assertions.assertThat(figures.get("withOutcome").asInt()).as("last month's cases are finished").isEqualTo(20);
    Assertions.assertThat(figures.get("reasons").size()).isGreaterThanOrEqualTo(4);
    Assertions.assertThat(figures.get("outcomes").get("CHURNED").asInt()).isPositive();
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("lowScoreRescue").count())
        .isBetween(60L, 80L);
    if (java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).getDayOfMonth() > 3) { // a month just begun has none yet
      Assertions.assertThat(tasks.createTaskQuery().processDefinitionKey("lowScoreRescue").count())
          .as("this month's open rescues wait in Tasklist").isPositive();
    }
  }

  /** "Why no home visit" only where the grade expected a visit and none was made; the form hides it elsewhere. */
  @Test
  void aReasonForNoHomeVisitOnlyWhereTheGradeExpectedOne() {
    String[] rescues = history.createHistoricProcessInstanceQuery().processDefinitionKey("lowScoreRescue").list()
        .stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, Object>> cases = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceIdIn(rescues)
        .variableNameIn("homeVisitRequired", "homeVisitDone", "noHomeVisitReason").list()
        .forEach(v -> cases.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue()));
    List<Map<String, Object>> noVisit = cases.values().stream()
        .filter(c -> Boolean.FALSE.equals(c.get("homeVisitDone"))).toList();
    Assertions.assertThat(noVisit).as("none expected, none made: no reason")
        .filteredOn(c -> !Boolean.TRUE.equals(c.get("homeVisitRequired"))).isNotEmpty()
        .allSatisfy(c -> Assertions.assertThat(c.get("noHomeVisitReason")).isNull());
    Assertions.assertThat(noVisit).as("expected and not made: the reason")
        .filteredOn(c -> Boolean.TRUE.equals(c.get("homeVisitRequired"))).isNotEmpty()
        .allSatisfy(c -> Assertions.assertThat(c.get("noHomeVisitReason")).isNotNull());
  }
}
