package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.SurveyJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ADR 0032: a customer success manager reads the history of their own customers' cases only (the
 * ones the CRM names them for, and the group's when it names nobody), through the paths Case
 * history uses: the customer search and the engine's history API. Every other group reads what
 * it read before; a candidate of a task gains no history from it; an installation of the version
 * before, whose group read every case, is narrowed at start.
 */
@ApplicationTest
class CustomerSuccessScopeTest extends ApplicationTestSupport {

  private static final String OTHER_CSM = "csm2";

  @BeforeEach
  void anotherSuccessManager() {
    if (identity.createUserQuery().userId(OTHER_CSM).count() == 0) {
      var user = identity.newUser(OTHER_CSM);
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(OTHER_CSM, Groups.CUSTOMER_SUCCESS);
    }
  }

  @Test
  void eachSuccessManagerReadsOnlyTheirCustomersCases() throws Exception {
    Map<String, String> cases = startCases("SCOPE1");
    String mine = cases.get("SCOPE1-MINE");
    String ordinary = cases.get("SCOPE1-ORDINARY");

    Assertions.assertThat(readable("csm", cases)).as("csm: named to them, and the group's")
        .containsExactlyInAnyOrder("SCOPE1-MINE", "SCOPE1-GROUP");
    Assertions.assertThat(readable(OTHER_CSM, cases)).as("the other CSM: theirs (a rescue, a parts order), the group's")
        .containsExactlyInAnyOrder("SCOPE1-OTHER", "SCOPE1-GROUP", "SCOPE1-PARTS");
    for (String everything : List.of("auditor", "storemanager")) {
      Assertions.assertThat(readable(everything, cases)).as(everything + " reads as before").hasSize(cases.size());
    }

    Assertions.assertThat(search("csm", "SCOPE1")).as("the customer search finds their cases only")
        .containsExactlyInAnyOrder(mine, cases.get("SCOPE1-GROUP"));
    Assertions.assertThat(search(OTHER_CSM, "SCOPE1")).containsExactlyInAnyOrder(cases.get("SCOPE1-OTHER"),
        cases.get("SCOPE1-GROUP"), cases.get("SCOPE1-PARTS"));
    Assertions.assertThat(search("auditor", "SCOPE1")).containsExactlyInAnyOrderElementsOf(cases.values());

    Assertions.assertThat(http.get("csm", "/engine-rest/history/process-instance/" + ordinary).statusCode())
        .as("opening another case").isEqualTo(404);
    for (String part : List.of("variable-instance", "activity-instance", "task", "detail")) {
      Assertions.assertThat(array("csm", "/engine-rest/history/" + part + "?processInstanceId=" + ordinary))
          .as(part + " of another case").isEmpty();
      Assertions.assertThat(array("csm", "/engine-rest/history/" + part + "?processInstanceId=" + mine))
          .as(part + " of their own case").isNotEmpty();
    }
  }

  @Test
  void aTaskGivesItsCandidatesNoHistoryOfTheCase() throws Exception {
    String ordinary = startCases("SCOPE2").get("SCOPE2-ORDINARY");
    String firstContact = tasks.createTaskQuery().processInstanceId(ordinary).taskDefinitionKey("Task_FirstContact")
        .singleResult().getId();
    String candidate = tasks.getIdentityLinksForTask(firstContact).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).findFirst().orElseThrow();
    String user = demoUserOf(candidate);

    Assertions.assertThat(array(user, "/engine-rest/task?processInstanceId=" + ordinary)).as("their task").hasSize(1);
    for (String part : List.of("task", "variable-instance", "process-instance")) {
      Assertions.assertThat(array(user, "/engine-rest/history/" + part + "?processInstanceId=" + ordinary))
          .as(candidate + " reads no " + part + " history, as before").isEmpty();
    }
  }

  /** Four rescues (named to csm, to the other CSM, to nobody, not success-managed) and a parts order of the other CSM. */
  private Map<String, String> startCases(String prefix) throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Map<String, String> managers = new LinkedHashMap<>();
    managers.put(prefix + "-MINE", ",\"lifetimeValue\":900000,\"successManager\":\"csm\"");
    managers.put(prefix + "-OTHER", ",\"lifetimeValue\":900000,\"successManager\":\"" + OTHER_CSM + "\"");
    managers.put(prefix + "-GROUP", ",\"lifetimeValue\":900000");
    managers.put(prefix + "-ORDINARY", "");
    Map<String, String> ids = new LinkedHashMap<>();
    for (var c : managers.entrySet()) {
      String survey = SurveyJson.survey(c.getKey(), 2, now.minus(10, ChronoUnit.MINUTES))
          .replace("\"name\":\"王先生\"", "\"name\":\"" + c.getKey() + "\"")
          .replace("\"highValue\":false", "\"highValue\":false" + c.getValue());
      Assertions.assertThat(http.postJson("integration", "/api/nps-responses", survey).statusCode()).isEqualTo(201);
      ids.put(c.getKey(), caseId(c.getKey()));
    }
    String parts = prefix + "-PARTS";
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", PartShortages.report(parts, "MINOR")
        .customer("C-" + parts, parts, "+86 139 0000 0000").success(new BigDecimal("900000"), OTHER_CSM).json())
        .statusCode()).isEqualTo(201);
    ids.put(parts, caseId(parts));
    return ids;
  }

  private String caseId(String businessKey) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
  }

  /** The business keys whose case the user finds in the engine's history API. */
  private List<String> readable(String user, Map<String, String> cases) throws Exception {
    List<String> found = new ArrayList<>();
    for (String key : cases.keySet()) {
      if (!array(user, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + key).isEmpty()) {
        found.add(key);
      }
    }
    return found;
  }

  private List<String> search(String user, String name) throws Exception {
    var answer = http.get(user, "/api/history/customer-cases?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return List.of(json.readValue(answer.body(), String[].class));
  }

  private JsonNode array(String user, String path) throws Exception {
    var answer = http.get(user, path);
    Assertions.assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private static String demoUserOf(String group) {
    return IdentitySetup.DEMO_USERS.entrySet().stream().filter(e -> e.getValue().equals(group))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
  }
}
