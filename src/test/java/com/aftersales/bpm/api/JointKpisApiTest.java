package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.ReviewMonths.monthsAgo;
import static com.aftersales.bpm.support.SurveyJson.deliveredOn;
import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * SPEC 6's joint KPIs in the monthly report (ADR 0030), through the real intake and the real review:
 * sales' first-year service NPS over every answer of the month whose car was delivered within the
 * 365 days before it, and service's rating by sales, given at the month's review. October 2023 and
 * the review of {@code monthsAgo(3)} are used by no other test.
 */
@ApplicationTest
class JointKpisApiTest extends ApplicationTestSupport {

  @Test
  void theFirstYearNpsCountsEveryAnswerOfTheMonthWhoseCarWasDeliveredWithinTheYearBefore() throws Exception {
    Instant october10 = Instant.parse("2023-10-10T02:00:00Z"); // 10:00 on 10 October in the centre
    // delivered within the 365 days before the answer: 10 and 9 and 9 promoters, 8 passive, 3 and 6 detractors
    answer("FY-SAME-DAY", 10, october10, "2023-10-10");
    answer("FY-365-DAYS", 9, october10, "2022-10-10");
    answer("FY-SPRING", 9, october10, "2023-03-01");
    answer("FY-PASSIVE", 8, october10, "2023-06-01");
    answer("FY-LOW-3", 3, october10, "2023-09-01");
    answer("FY-LOW-6", 6, october10, "2023-01-15");
    // delivered earlier: 366 days, years ago, and 366 days by the centre's day (01:30 on 21 October,
    // though the survey system's UTC date is the 20th)
    answer("FY-366-DAYS", 10, october10, "2022-10-09");
    answer("FY-OLD", 0, october10, "2019-01-01");
    answer("FY-CENTRES-DAY", 10, Instant.parse("2023-10-20T17:30:00Z"), "2022-10-20");
    // no delivery day sent
    answer("FY-UNDATED-1", 10, october10, null);
    answer("FY-UNDATED-2", 2, october10, null);
    // 23:59 on 30 September in the centre: September's
    answer("FY-SEPTEMBER", 10, Instant.parse("2023-09-30T15:59:00Z"), "2023-09-01");

    JsonNode report = report("2023-10");
    JsonNode sales = report.at("/jointKpis/sales");
    JsonNode nps = sales.get("firstYearNps");
    Assertions.assertThat(nps.get("answers").asInt()).isEqualTo(6);
    Assertions.assertThat(nps.get("promoters").asInt()).isEqualTo(3);
    Assertions.assertThat(nps.get("detractors").asInt()).isEqualTo(2);
    Assertions.assertThat(nps.get("nps").decimalValue()).isEqualByComparingTo("16.7"); // (3 - 2) / 6
    Assertions.assertThat(sales.get("answersInMonth").asInt()).isEqualTo(11);
    Assertions.assertThat(sales.get("answersWithoutDeliveryDate").asInt()).isEqualTo(2);
    Assertions.assertThat(sales.get("salesPromiseComplaintRate")).isEqualTo(report.get("salesPromiseRate"));
    Assertions.assertThat(report.get("lowScores").asInt()).as("the older fields stay").isEqualTo(4);

    JsonNode empty = report("2023-11").at("/jointKpis/sales");
    Assertions.assertThat(empty.at("/firstYearNps/answers").asInt()).isZero();
    Assertions.assertThat(empty.at("/firstYearNps/nps").isNull()).as("no NPS without answers").isTrue();
    Assertions.assertThat(empty.get("answersInMonth").asInt()).isZero();
  }

  @Test
  void salesRatingGivenAtTheMonthsReviewIsServicesKpiTheLatestCompletionCounting() throws Exception {
    String month = monthsAgo(3);
    HttpResponse<String> started = http.postJson("storemanager", "/engine-rest/process-definition/key/jointCaseReview/start",
        "{\"variables\": {\"reviewMonth\": {\"value\": \"" + month + "\"}}}");
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String review = json.readTree(started.body()).get("id").asText();
    complete("storemanager", review, "{\"variables\": {\"checkpointNote\": {\"value\": \"first review\"}}}");
    Assertions.assertThat(service(month).get("salesSupportRating").isNull()).as("not rated yet").isTrue();

    complete("sales", review, salesFeedback("2"));
    JsonNode rated = service(month);
    Assertions.assertThat(rated.get("salesSupportRating").asText()).isEqualTo("2");
    Assertions.assertThat(rated.get("salesSupportRatedAt").isNull()).isFalse();

    // an administrator moves the review back to Sales feedback (Cockpit) and sales rate again: the latest counts
    runtime.createProcessInstanceModification(review).cancelAllForActivity("Task_SelectCases")
        .startBeforeActivity("Task_SalesFeedback").execute();
    complete("sales", review, salesFeedback("4"));
    Assertions.assertThat(service(month).get("salesSupportRating").asText()).isEqualTo("4");

    // the running month's review is held next month: no rating yet
    JsonNode running = service(YearMonth.now(ZoneId.of("Asia/Shanghai")).toString());
    Assertions.assertThat(running.get("salesSupportRating").isNull()).isTrue();
    Assertions.assertThat(running.get("salesSupportRatedAt").isNull()).isTrue();
  }

  private void answer(String surveyId, int score, Instant answeredAt, String deliveredOn) {
    String body = survey(surveyId, score, answeredAt);
    HttpResponse<String> response = http.postJson("integration", "/api/nps-responses",
        deliveredOn == null ? body : deliveredOn(body, "\"" + deliveredOn + "\""));
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private static String salesFeedback(String rating) {
    return "{\"variables\": {\"salesFeedback\": {\"value\": \"customers ask for firm dates\"}, "
        + "\"afterSalesSupportRating\": {\"value\": \"" + rating + "\"}}}";
  }

  /** Completes the review's open task that {@code user} sees, with the form's variables. */
  private void complete(String user, String review, String variables) throws Exception {
    String task = json.readTree(http.get(user, "/engine-rest/task?processInstanceId=" + review).body()).get(0).get("id").asText();
    HttpResponse<String> done = http.postJson(user, "/engine-rest/task/" + task + "/submit-form", variables);
    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  private JsonNode service(String month) throws Exception {
    return report(month).at("/jointKpis/service");
  }

  private JsonNode report(String month) throws Exception {
    HttpResponse<String> response = http.get("manager", "/api/reports/rescue?month=" + month);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }
}
