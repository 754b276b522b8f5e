package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.demo.RescueScript;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7: the seed's example month (SPEC 1.5) built through the real intake and rescue process
 * ({@link RescueDriver}: clock moved to each step, tasks completed with form data) —
 * 25 low scores, 24 answered within 24 h, 7 promoters, 10 recovered, 8 churned; reasons 10 wait
 * time, 6 repeat repair, 4 attitude, 3 cost dispute, 2 communication — read back from the report.
 */
@ApplicationTest
class RescueReportApiTest extends ApplicationTestSupport {

  /** September 2026 in the centre's zone (Asia/Shanghai): the low scores answer at 10:00 local. */
  private static final Instant SEPTEMBER_1 = Instant.parse("2026-09-01T02:00:00Z");
  private static final List<String> REASONS = reasons();

  @Autowired RescueDriver driver;

  @Test
  void theSeedsExampleMonthGivesTheSeedsFigures() throws Exception {
    for (int i = 0; i < 25; i++) {
      exampleCase(i);
    }

    JsonNode report = get("manager", "/api/reports/rescue?month=2026-09");

    Assertions.assertThat(report.get("lowScores").asInt()).isEqualTo(25);
    Assertions.assertThat(report.get("rescuesLaunched").asInt()).isEqualTo(25);
    Assertions.assertThat(report.get("launchRate").decimalValue()).isEqualByComparingTo("100");
    Assertions.assertThat(report.get("firstContactWithin24h").asInt()).isEqualTo(24);
    Assertions.assertThat(report.get("firstContactWithin24hRate").decimalValue()).isEqualByComparingTo("96");
    Assertions.assertThat(report.get("outcomes").toString())
        .isEqualTo("{\"PROMOTER\":7,\"RECOVERED\":10,\"NOT_RECOVERED\":0,\"CHURNED\":8}");
    Assertions.assertThat(report.get("successes").asInt()).isEqualTo(17);
    Assertions.assertThat(report.get("successRate").decimalValue()).isEqualByComparingTo("68");
    Assertions.assertThat(report.get("promoterRate").decimalValue()).isEqualByComparingTo("28");
    Assertions.assertThat(report.get("churnRate").decimalValue()).isEqualByComparingTo("32");
    Assertions.assertThat(report.get("stillOpen").asInt()).isZero();
    List<String> reasons = new ArrayList<>();
    report.get("reasons").forEach(r -> reasons.add(r.get("category").asText() + " " + r.get("cases").asInt() + " "
        + r.get("rate").decimalValue().stripTrailingZeros().toPlainString() + "%"));
    Assertions.assertThat(reasons).containsExactly("WAIT_TIME 10 40%", "REPEAT_REPAIR 6 24%", "ATTITUDE 4 16%",
        "COST_DISPUTE 3 12%", "COMMUNICATION 2 8%");
    Assertions.assertThat(splits(report.get("successByResponseTime")))
        .containsExactly("≤ 6 h / 6小时内 6/8", "6–24 h / 6-24小时 11/16", "> 24 h / 超过24小时 0/1");
    Assertions.assertThat(splits(report.get("successByEmotionalRepair"))).containsExactly("Home visit / 登门致歉 9/13", "Phone only / 仅电话沟通 8/12");
    Assertions.assertThat(splits(report.get("successByCompensation")))
        .containsExactly("Above standard authority / 超出标准权限 5/7", "Within standard authority / 标准权限内 12/18");
    Assertions.assertThat(report.get("hoursToFirstContactMedian").asDouble()).isEqualTo(10.0);
    Assertions.assertThat(report.get("hoursToFirstContactP90").asDouble()).isEqualTo(10.0);
    // judged by the times: 14 first contacts came after their grade's deadline (S 2 h, A 6 h: the
    // 10-hour contacts of scores 0-5) and one after 30 h; each timer fired and was escalated
    Assertions.assertThat(report.get("casesWithSlaBreach").asInt()).isEqualTo(15);
    Assertions.assertThat(report.get("firstContactLate").asInt()).isEqualTo(15);
    Assertions.assertThat(report.get("escalations").asInt()).isEqualTo(15);
    Assertions.assertThat(report.get("firstContactLateNotEscalated").asInt()).isZero();

    HttpResponse<String> csv = http.get("auditor", "/api/reports/rescue/cases.csv?month=2026-09");
    Assertions.assertThat(csv.statusCode()).isEqualTo(200);
    Assertions.assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("text/csv"));
    List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
    Assertions.assertThat(lines).hasSize(26).first().asString().startsWith("Survey / 问卷编号,Answered at / 评分时间,Grade / 等级");
    Assertions.assertThat(lines).anySatisfy(l -> Assertions.assertThat(l).startsWith("REP-24,").contains(",Churned / 流失,", ",30.0,"));
  }

  @Test
  void anEmptyMonthHasZeroCountsAndNoRates() throws Exception {
    JsonNode report = get("regional", "/api/reports/rescue?month=2020-01");
    Assertions.assertThat(report.get("lowScores").asInt()).isZero();
    Assertions.assertThat(report.get("rescuesLaunched").asInt()).isZero();
    Assertions.assertThat(report.get("launchRate").isNull()).as("no rate without low scores").isTrue();
    Assertions.assertThat(report.get("successRate").isNull()).isTrue();
    Assertions.assertThat(report.get("reasons")).isEmpty();
    Assertions.assertThat(report.get("parts").get("orders").asInt()).isZero();
    Assertions.assertThat(http.get("auditor", "/api/reports/rescue/cases.csv?month=2020-01").body().replace("\uFEFF", "").lines())
        .hasSize(1);
  }

  @Test
  void aMonthWithOpenCasesOnlyCountsThemAsOpen() throws Exception {
    Instant answeredAt = Instant.parse("2026-08-10T02:00:00Z");
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", survey("OPEN-AUG-1", 3, answeredAt)).statusCode())
        .isEqualTo(201);
    JsonNode report = get("manager", "/api/reports/rescue?month=2026-08");
    Assertions.assertThat(report.get("lowScores").asInt()).isEqualTo(1);
    Assertions.assertThat(report.get("rescuesLaunched").asInt()).isEqualTo(1);
    Assertions.assertThat(report.get("stillOpen").asInt()).isEqualTo(1);
    Assertions.assertThat(report.get("withOutcome").asInt()).isZero();
    Assertions.assertThat(report.get("successRate").isNull()).as("no outcome yet, no success rate").isTrue();
    Assertions.assertThat(report.get("firstContactWithin24h").asInt()).isZero();
  }

  @Test
  void anInvalidMonthIsRefusedAndOnlyManagersAndAuditorsMayRead() throws Exception {
    for (String month : new String[] {"2026-13", "2026-9", "september", ""}) {
      HttpResponse<String> response = http.get("manager", "/api/reports/rescue?month=" + month);
      Assertions.assertThat(response.statusCode()).isEqualTo(400);
      Assertions.assertThat(json.readTree(response.body()).findValuesAsText("field")).containsExactly("month");
    }
    Assertions.assertThat(http.get("advisor", "/api/reports/rescue?month=2026-09").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.get("integration", "/api/reports/rescue/cases.csv?month=2026-09").statusCode()).isEqualTo(403);
  }

  // --- the example month, one case at a time, through the real process ---

  private void exampleCase(int i) {
    boolean late = i == 24;
    boolean promoter = i < 7;
    boolean churned = i >= 17;
    Integer reRating = promoter ? Integer.valueOf(9) : i % 2 == 1 && !churned ? Integer.valueOf(8) : null;
    String id = driver.run("REP-" + i, SEPTEMBER_1.plus(Duration.ofDays(i)), "王先生", new RescueScript(i % 7,
        late ? 30 : i % 3 == 0 ? 2 : 10, REASONS.get(i), i % 4 == 0, i % 2 == 0, reRating, churned, true));
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).as("REP-" + i + " ended").isZero();
  }

  private static List<String> reasons() {
    List<String> reasons = new ArrayList<>();
    Map.of("WAIT_TIME", 10, "REPEAT_REPAIR", 6, "ATTITUDE", 4, "COST_DISPUTE", 3, "COMMUNICATION", 2)
        .entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> reasons.addAll(java.util.Collections.nCopies(e.getValue(), e.getKey())));
    return reasons;
  }

  private static List<String> splits(JsonNode splits) {
    List<String> out = new ArrayList<>();
    splits.forEach(s -> out.add(s.get("group").asText() + " " + s.get("successes").asInt() + "/" + s.get("cases").asInt()));
    return out;
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = http.get(user, path);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

}
