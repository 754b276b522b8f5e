package com.aftersales.bpm.api;

import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.demo.RescueScript;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, must-show 2: a grade S first contact done 14 h after the low score (deadline 2 h) with
 * the job executor off, so the response SLA's timer never fires, is a missed SLA in the case
 * history (the job log the Cockpit SLA panel reads; its logic on that log is in
 * src/test/js/plugin/case-history.test.mjs), in the history search and in the monthly report; a
 * first contact within the deadline is not. Both run through the real intake and process
 * ({@link RescueDriver}), in November 2025 (no other test uses that month).
 */
@ApplicationTest
class SlaMissedByTimesApiTest extends ApplicationTestSupport {

  private static final Instant NOVEMBER_3 = Instant.parse("2025-11-03T02:00:00Z"); // 10:00 in the centre

  @Autowired RescueDriver driver;

  @Test
  void aFirstContactAfterItsDeadlineIsBreachedWithoutItsTimerAndOneInTimeIsNot() throws Exception {
    String late = driver.run("NOV-SLA-LATE", NOVEMBER_3, "王先生",
        new RescueScript(2, 14, "WAIT_TIME", false, false, 9, false, true).withoutTimers());
    String kept = driver.run("NOV-SLA-KEPT", NOVEMBER_3.plus(Duration.ofDays(1)), "李女士",
        new RescueScript(2, 1.5, "WAIT_TIME", false, false, 9, false, true).withoutTimers());

    // case history: the late case's response timer was due at 12:00 and removed at 00:00, unfired
    Assertions.assertThat(responseTimer(http, late)).as("the job executor was off: never fired")
        .isEqualTo(new Timer(NOVEMBER_3.plus(Duration.ofHours(2)), null, NOVEMBER_3.plus(Duration.ofHours(14))));
    Instant keptAnswered = NOVEMBER_3.plus(Duration.ofDays(1));
    Assertions.assertThat(responseTimer(http, kept))
        .isEqualTo(new Timer(keptAnswered.plus(Duration.ofHours(2)), null, keptAnswered.plus(Duration.ofMinutes(90))));

    // the history search: the engine query the Cockpit plugin sends for "grade S, SLA breached / kept"
    Assertions.assertThat(search(http, true, late, kept)).containsExactly("NOV-SLA-LATE");
    Assertions.assertThat(search(http, false, late, kept)).containsExactly("NOV-SLA-KEPT");
    Assertions.assertThat(variable(http, late, "slaBreaches")).isEqualTo("1");
    Assertions.assertThat(variable(http, late, "escalated")).isNull();

    // the monthly report and its CSV
    JsonNode report = json.readTree(ok(http.get("manager", "/api/reports/rescue?month=2025-11")).body());
    Assertions.assertThat(report.get("rescuesLaunched").asInt()).isEqualTo(2);
    Assertions.assertThat(report.get("casesWithSlaBreach").asInt()).isEqualTo(1);
    Assertions.assertThat(report.get("slaBreaches").asInt()).isEqualTo(1);
    Assertions.assertThat(report.get("firstContactLate").asInt()).isEqualTo(1);
    Assertions.assertThat(report.get("escalations").asInt()).as("no timer fired, nobody was escalated").isZero();
    Assertions.assertThat(report.get("firstContactLateNotEscalated").asInt())
        .as("SPEC 1.2: a missed SLA escalates; this one did not").isEqualTo(1);
    List<String> csv = ok(http.get("auditor", "/api/reports/rescue/cases.csv?month=2025-11")).body().replace("\uFEFF", "")
        .lines().toList();
    int breached = List.of(csv.get(0).split(",")).indexOf("SLA breached / 超时");
    Assertions.assertThat(csv).filteredOn(l -> l.startsWith("NOV-SLA-")).extracting(l -> l.split(",")[0] + " " + l.split(",")[breached])
        .containsExactlyInAnyOrder("NOV-SLA-LATE Yes / 是", "NOV-SLA-KEPT No / 否");
  }

  /** The response SLA timer's job log as the Cockpit SLA panel reads it. */
  record Timer(Instant due, Instant fired, Instant removed) {}

  private Timer responseTimer(Http http, String processInstanceId) throws Exception {
    JsonNode logs = json.readTree(ok(http.get("auditor", "/engine-rest/history/job-log?processInstanceId=" + processInstanceId))
        .body());
    Instant due = null;
    Instant fired = null;
    Instant removed = null;
    for (JsonNode log : logs) {
      if ("Timer_ResponseSla".equals(log.get("activityId").asText())) {
        due = log.get("creationLog").asBoolean() ? time(log.get("jobDueDate")) : due;
        fired = log.get("successLog").asBoolean() ? time(log.get("timestamp")) : fired;
        removed = log.get("deletionLog").asBoolean() ? time(log.get("timestamp")) : removed;
      }
    }
    return new Timer(due, fired, removed);
  }

  /** The engine REST API's date format, e.g. 2025-11-03T12:00:00.000+0800. */
  private static Instant time(JsonNode value) {
    return OffsetDateTime.parse(value.asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
  }

  private List<String> search(Http http, boolean breached, String... ids) throws Exception {
    String body = json.writeValueAsString(Map.of("processDefinitionKey", "lowScoreRescue",
        "processInstanceIds", List.of(ids), "variables", List.of(
            Map.of("name", "grade", "operator", "eq", "value", "S"),
            Map.of("name", "slaBreached", "operator", "eq", "value", breached))));
    List<String> keys = new ArrayList<>();
    json.readTree(ok(http.postJson("auditor", "/engine-rest/history/process-instance", body)).body())
        .forEach(c -> keys.add(c.get("businessKey").asText()));
    return keys;
  }

  private String variable(Http http, String processInstanceId, String name) throws Exception {
    JsonNode found = json.readTree(ok(http.get("auditor", "/engine-rest/history/variable-instance?processInstanceId="
        + processInstanceId + "&variableName=" + name)).body());
    return found.isEmpty() ? null : found.get(0).get("value").asText();
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }
}
