package com.aftersales.bpm.report;

import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.demo.RescueScript;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.RawText;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, item 3, for the report: the month's labels and the CSV export people open in a
 * spreadsheet show staff words, never a raw code or a Java/ISO date, for rescues run through the
 * real intake and process. (The report page itself is checked in the browser:
 * e2e/staff-words.test.cjs.)
 */
@ApplicationTest
class ReportWordsTest extends ApplicationTestSupport {

  /** March 2025 in the centre (Asia/Shanghai); the low scores answer at 10:00 local. No other test uses it. */
  private static final Instant MARCH_3 = Instant.parse("2025-03-03T02:00:00Z");

  @Autowired RescueDriver driver;
  @Autowired StaffWords words;

  @Test
  void theReportsLabelsAndTheCsvReadInStaffWordsWithTheCentresTimes() throws Exception {
    driver.run("RW-PROMOTER", MARCH_3, "王先生", new RescueScript(2, 30, "WAIT_TIME", true, true, 9, false, true));
    driver.run("RW-NOT-RECOVERED", MARCH_3.plus(Duration.ofDays(1)), "李女士",
        new RescueScript(5, 3, "REPEAT_REPAIR", false, false, 4, false, true));
    driver.run("RW-CHURNED", MARCH_3.plus(Duration.ofDays(2)), "赵先生",
        new RescueScript(6, 2, "COST_DISPUTE", false, false, null, true, true));
    driver.run("RW-OPEN", MARCH_3.plus(Duration.ofDays(3)), "钱女士",
        new RescueScript(4, 1, "OTHER", false, false, null, false, false));
    RawText raw = RawText.of(words);
    List<String> problems = new ArrayList<>();

    HttpResponse<String> response = http.get("manager", "/api/reports/rescue?month=2025-03");
    Assertions.assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = json.readTree(response.body());
    List<String> labels = new ArrayList<>();
    for (String splits : List.of("successByResponseTime", "successByCompensation", "successByEmotionalRepair")) {
      report.get(splits).forEach(split -> labels.add(split.get("group").asText()));
    }
    Assertions.assertThat(labels).containsExactly("≤ 6 h / 6小时内", "6–24 h / 6-24小时", "> 24 h / 超过24小时",
        "Above standard authority / 超出标准权限", "Within standard authority / 标准权限内", "Home visit / 登门致歉",
        "Phone only / 仅电话沟通");
    labels.forEach(label -> problems.addAll(raw.problems("report label", label)));
    Assertions.assertThat(report.get("outcomes").fieldNames()).toIterable().as("programs keep the codes")
        .contains("NOT_RECOVERED", "CHURNED");
    // the red alerts' NPS per tier: codes for programs, each shown on the page in the tier's staff words
    Assertions.assertThat(report.at("/redAlerts/npsByTier").fieldNames()).toIterable()
        .containsExactly("DELIVER", "CHOICE", "DELAY")
        .allSatisfy(tier -> problems.addAll(raw.problems("red-alert tier", words.of("deliveryTier", tier))));

    HttpResponse<String> csv = http.get("auditor", "/api/reports/rescue/cases.csv?month=2025-03");
    Assertions.assertThat(csv.statusCode()).isEqualTo(200);
    List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
    Assertions.assertThat(lines).hasSize(5);
    Assertions.assertThat(lines.get(0)).isEqualTo("Survey / 问卷编号,Answered at / 评分时间,Grade / 等级,Customer / 客户,First contact due / 首次联系时限,"
        + "First contact at / 首次联系时间,Hours to first contact / 首次联系用时(小时),Outcome / 挽回结果,Root cause / 根本原因,"
        + "Total compensation (CNY) / 补偿合计(元),Compensation authority (CNY) / 补偿权限(元),Home visit / 登门致歉,"
        + "SLA breached / 超时,Escalated / 已升级,Ended / 已结束,Case id (Cockpit) / 案例编号(Cockpit)");
    Assertions.assertThat(lines).anySatisfy(line -> Assertions.assertThat(line)
        .startsWith("RW-PROMOTER,2025-03-03 10:00,Grade S / S级,王先生,2025-03-03 12:00,2025-03-04 16:00,30.0,Promoter / 转为推荐者,"
            + "Long wait time / 等待时间长,6100,5000,Yes / 是,Yes / 是,Yes / 是,Yes / 是,"));
    Assertions.assertThat(lines).anySatisfy(line -> Assertions.assertThat(line)
        .contains("Not recovered / 未挽回,\"Repeat repair, not fixed / 返修、未修好\""));
    Assertions.assertThat(lines).anySatisfy(line -> Assertions.assertThat(line)
        .startsWith("RW-OPEN,2025-03-06 10:00,Grade A / A级,钱女士,2025-03-06 16:00,2025-03-06 11:00,1.0,,,"));
    lines.forEach(line -> problems.addAll(raw.problems("CSV", line)));

    Assertions.assertThat(problems).isEmpty();
  }
}
