package com.aftersales.bpm.report;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.rescue.RescueModel;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * SPEC 1.5: the launch rate is rescues started for low scores ÷ low scores. A score of 7–10 with
 * public-opinion risk starts a rescue too (grade S, SPEC 1.2) but is no low score: it counts among
 * the rescues launched, not in the rate, which so never exceeds 100 %. Surveys sent to the intake
 * as an integrator sends them; the report read as a manager reads it.
 */
@ApplicationTest
class LaunchRateTest extends ApplicationTestSupport {

  @Test
  void aPublicOpinionRescueOfAHighScoreIsNoLowScoreRescued() throws Exception {
    intake(survey("LAUNCH-FEB-3", 3, Instant.parse("2024-02-05T02:00:00Z")), "RESCUE_STARTED");
    intake(survey("LAUNCH-FEB-5", 5, Instant.parse("2024-02-06T02:00:00Z")), "RESCUE_STARTED");
    intake(survey("LAUNCH-FEB-8", 8, Instant.parse("2024-02-07T02:00:00Z"))
        .replace("\"publicOpinionRisk\":false", "\"publicOpinionRisk\":true"), "RESCUE_STARTED");

    JsonNode report = report("2024-02");

    Assertions.assertThat(report.get("lowScores").asInt()).isEqualTo(2);
    Assertions.assertThat(report.get("lowScoresRescued").asInt()).isEqualTo(2);
    Assertions.assertThat(report.get("rescuesLaunched").asInt()).as("the score 8 is rescued too").isEqualTo(3);
    Assertions.assertThat(report.get("launchRate").decimalValue()).as("not 150 %").isEqualByComparingTo("100");
  }

  @Test
  void aLowScoreTheGradingTableDoesNotRescueLowersTheRate() throws Exception {
    // a process owner's table that only records a 6 of an ordinary customer (the deployed one rescues it)
    String table = ownGradingTable().replace(
        "<outputEntry id=\"OutputEntry_YellowGradeB_2\"><text>\"RESCUE\"</text>",
        "<outputEntry id=\"OutputEntry_YellowGradeB_2\"><text>\"RECORD_ONLY\"</text>");
    Assertions.assertThat(table).as("the rule was changed").isNotEqualTo(ownGradingTable());
    String deployment = repository.createDeployment().name("launch-rate-test").addString("nps-alert-grade.dmn", table)
        .deploy().getId();
    try {
      intake(survey("LAUNCH-MAR-2", 2, Instant.parse("2024-03-05T02:00:00Z")), "RESCUE_STARTED");
      intake(survey("LAUNCH-MAR-6", 6, Instant.parse("2024-03-06T02:00:00Z")), "RECORDED_ONLY");
    } finally {
      repository.deleteDeployment(deployment, true);
    }

    JsonNode report = report("2024-03");

    Assertions.assertThat(report.get("lowScores").asInt()).isEqualTo(2);
    Assertions.assertThat(report.get("lowScoresRescued").asInt()).isEqualTo(1);
    Assertions.assertThat(report.get("rescuesLaunched").asInt()).isEqualTo(1);
    Assertions.assertThat(report.get("launchRate").decimalValue()).isEqualByComparingTo("50");
    Assertions.assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(RescueModel.GRADING_DECISION)
        .latestVersion().singleResult().getDeploymentId()).as("the application's table is back").isNotEqualTo(deployment);
  }

  private void intake(String body, String action) throws Exception {
    HttpResponse<String> response = http.postJson("integration", "/api/nps-responses", body);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    Assertions.assertThat(json.readTree(response.body()).get("action").asText()).isEqualTo(action);
  }

  private JsonNode report(String month) throws Exception {
    HttpResponse<String> response = http.get("manager", "/api/reports/rescue?month=" + month);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static String ownGradingTable() {
    try (InputStream in = LaunchRateTest.class.getResourceAsStream("/processes/nps-alert-grade.dmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
