package com.aftersales.bpm.tasklist;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.SurveyJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist's filters as Tasklist itself calls them (the engine's HAL filter list, with Tasklist's
 * default "created, newest first" sorting), as a service manager: the most urgent case on top and
 * each row showing its case; and the filters an installation already has take the new definition.
 */
@ApplicationTest
class TasklistFiltersTest extends ApplicationTestSupport {

  @Autowired FilterService filterService;

  @Test
  void aManagersGroupTasksShowEachCaseMostUrgentFirst() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    survey("FLT-A", 5, now.minus(10, ChronoUnit.MINUTES));
    survey("FLT-S-LATER", 2, now.minus(5, ChronoUnit.MINUTES));
    survey("FLT-S-EARLIER", 1, now.minus(60, ChronoUnit.MINUTES));
    partShortage("FLT-RO-L1", now.minus(30, ChronoUnit.MINUTES));

    JsonNode rows = list("manager", TasklistFilters.GROUP_TASKS,
        List.of("FLT-A", "FLT-S-LATER", "FLT-S-EARLIER", "FLT-RO-L1"));

    Assertions.assertThat(caseOf(rows)).as("priority (S and L1 90, A 70), then the earliest due first")
        .containsExactly("FLT-RO-L1", "FLT-S-EARLIER", "FLT-S-LATER", "FLT-A");
    Assertions.assertThat(rows.findValuesAsText("priority")).containsExactly("90", "90", "90", "70");
    Assertions.assertThat(row(rows, 0)).containsEntry("tasklistCustomer", "张女士")
        .containsEntry("tasklistRiskLevel", "L1").doesNotContainKey("tasklistGrade");
    Assertions.assertThat(row(rows, 1)).containsEntry("tasklistCustomer", "王先生")
        .containsEntry("tasklistGrade", "S").doesNotContainKey("tasklistRiskLevel");
    Assertions.assertThat(row(rows, 3)).containsEntry("tasklistGrade", "A");
    Assertions.assertThat(due(rows.get(0))).as("take-over: 10 minutes after the report")
        .isEqualTo(now.minus(20, ChronoUnit.MINUTES));
    Assertions.assertThat(due(rows.get(1))).as("grade S first contact: 2 h after the answer")
        .isEqualTo(now.plus(60, ChronoUnit.MINUTES));

    JsonNode advisorRows = list("advisor", TasklistFilters.GROUP_TASKS,
        List.of("FLT-A", "FLT-S-LATER", "FLT-S-EARLIER", "FLT-RO-L1"));
    Assertions.assertThat(caseOf(advisorRows)).as("the advisor sees only the grade A first contact").containsExactly("FLT-A");
  }

  @Test
  void filtersOfAnEarlierDefinitionAreBroughtUpToThisOneOnceAndAnAdministratorsLaterChangesStay() {
    Filter group = filterService.createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).singleResult();
    Map<String, Object> original = group.getProperties();
    try {
      // as version 0.1 created it: no columns, no order, no definition version
      filterService.saveFilter(group.setProperties(new HashMap<>(Map.of("priority", -10,
          "description", TasklistFilters.GROUP_TASKS, "refresh", true)))
          .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
              .includeAssignedTasks()));

      new TasklistFilters(filterService, tasks).ensure();
      Filter updated = filterService.getFilter(group.getId());
      Assertions.assertThat(updated.getProperties()).containsEntry("definitionVersion", TasklistFilters.DEFINITION_VERSION)
          .containsEntry("variables", TasklistFilters.ROW_VARIABLES);
      Assertions.assertThat(filterService.createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).count())
          .as("updated by name, not created again").isEqualTo(1);

      Map<String, Object> edited = new HashMap<>(updated.getProperties());
      edited.put("description", "Edited by the administrator");
      filterService.saveFilter(updated.setProperties(edited));
      new TasklistFilters(filterService, tasks).ensure();
      Assertions.assertThat(filterService.getFilter(group.getId()).getProperties())
          .containsEntry("description", "Edited by the administrator");
    } finally {
      filterService.saveFilter(filterService.getFilter(group.getId()).setProperties(original));
    }
  }

  /**
   * The filter's rows as Tasklist asks for them, keeping those of {@code businessKeys} in their
   * order (other test classes share this application and its tasks).
   */
  private JsonNode list(String user, String filterName, List<String> businessKeys) throws Exception {
    String id = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    String body = json.writeValueAsString(Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
    HttpResponse<String> response = http.send(user, "POST", "/engine-rest/filter/" + id + "/list?maxResults=1000", body,
        "Accept", "application/hal+json");
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    com.fasterxml.jackson.databind.node.ArrayNode ours = json.createArrayNode();
    json.readTree(response.body()).path("_embedded").path("task").forEach(task -> {
      if (businessKeys.contains(row(task).get("tasklistCase"))) {
        ours.add(task);
      }
    });
    return ours;
  }

  private static Instant due(JsonNode task) {
    return java.time.OffsetDateTime.parse(task.get("due").asText(),
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
  }

  private static List<String> caseOf(JsonNode rows) {
    return java.util.stream.StreamSupport.stream(rows.spliterator(), false)
        .map(task -> row(task).get("tasklistCase")).toList();
  }

  private static Map<String, String> row(JsonNode rows, int index) {
    return row(rows.get(index));
  }

  /** The variables Tasklist received with the task, by name. */
  private static Map<String, String> row(JsonNode task) {
    Map<String, String> values = new HashMap<>();
    task.path("_embedded").path("variable").forEach(v -> values.put(v.get("name").asText(), v.get("value").asText()));
    return values;
  }

  private void survey(String surveyId, int score, Instant answeredAt) {
    HttpResponse<String> started = http.postJson("integration", "/api/nps-responses",
        SurveyJson.survey(surveyId, score, answeredAt));
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
  }

  private void partShortage(String repairOrderId, Instant reportedAt) {
    HttpResponse<String> started = http.postJson("integration", "/api/part-shortages",
        PartShortages.report(repairOrderId, "CANNOT_DRIVE").reportedAt(reportedAt).part("BMS-1", "Battery module")
            .supplierEta(LocalDate.now().plusDays(10)).json());
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
  }
}
