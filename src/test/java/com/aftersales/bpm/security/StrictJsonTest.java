package com.aftersales.bpm.security;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Finding 4: one JSON object per body, each key once; dates a business can have; every bad
 * parameter a 400 naming it, never a 500, and no exception text in any answer.
 */
@ApplicationTest
class StrictJsonTest extends ApplicationTestSupport {

  private static final Instant ANSWERED = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
  private static final String FAR_FUTURE = "+999999999-12-31T23:59:59Z";

  long instancesBefore;
  long recordsBefore;
  long contactsBefore;

  @BeforeEach
  void setUp() {
    instancesBefore = history.createHistoricProcessInstanceQuery().count();
    recordsBefore = count("intake_record");
    contactsBefore = count("part_customer_contact");
  }

  @AfterEach
  void nothingWasStartedOrRecorded() {
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    Assertions.assertThat(count("intake_record")).isEqualTo(recordsBefore);
    Assertions.assertThat(count("part_customer_contact")).isEqualTo(contactsBefore);
  }

  @Test
  void aDuplicateKeyIsRefusedNotReadAsTheLastValue() {
    String body = survey("TRUST-DUP", "2", ANSWERED, "").replace("\"score\":2", "\"score\":2,\"score\":9");
    assertBadRequest(http.postJson("integration", "/api/nps-responses", body));
  }

  @ParameterizedTest
  @ValueSource(strings = {" trailing", " {}", " {\"score\":9}", "]", " 1", " null"})
  void textAfterTheJsonIsRefused(String trailing) {
    String body = survey("TRUST-TRAIL", 2, ANSWERED).strip() + trailing;
    assertBadRequest(http.postJson("integration", "/api/nps-responses", body));
    assertBadRequest(http.postJson("integration", "/api/part-shortages/ANY/customer-contacts",
        "{\"at\":\"2026-01-05T08:00:00Z\",\"channel\":\"PHONE\",\"chasing\":true}" + trailing));
  }

  static Stream<Arguments> datesOutOfRange() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (String date : new String[] {"0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
        "1970-01-01T00:00:00Z", "1999-12-31T23:59:59Z", FAR_FUTURE}) {
      cases.add(Arguments.of("/api/nps-responses", survey("TRUST-DATE", "2", ANSWERED, "")
          .replace(ANSWERED.toString(), date), "answeredAt"));
      cases.add(Arguments.of("/api/nps-responses/TRUST-DATE/re-rating",
          "{\"score\":9,\"answeredAt\":\"" + date + "\"}", "answeredAt"));
      cases.add(Arguments.of("/api/part-shortages", ApiGroupsTest.shortage("TRUST-DATE-RO")
          .replaceFirst("\"reportedAt\":\"[^\"]+\"", "\"reportedAt\":\"" + date + "\""), "reportedAt"));
      cases.add(Arguments.of("/api/part-shortages/TRUST-DATE-RO/customer-contacts",
          "{\"at\":\"" + date + "\",\"channel\":\"PHONE\",\"chasing\":true}", "at"));
      cases.add(Arguments.of("/api/part-shortages/TRUST-DATE-RO/arrival", "{\"arrivedAt\":\"" + date + "\"}",
          "arrivedAt"));
    }
    for (String day : new String[] {"0000-01-01", "1970-01-01", "1999-12-31", "+999999999-12-31", "-999999999-01-01"}) {
      cases.add(Arguments.of("/api/part-shortages", ApiGroupsTest.shortage("TRUST-DATE-RO")
          .replace("\"supplierEta\":\"2026-12-01\"", "\"supplierEta\":\"" + day + "\""), "supplierEta"));
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0} {2}: {1}")
  @MethodSource("datesOutOfRange")
  void datesBefore2000OrBeyond9999AreRefusedNamingTheField(String path, String body, String field) throws Exception {
    HttpResponse<String> response = http.postJson("integration", path, body);

    assertBadRequest(response);
    Assertions.assertThat(json.readTree(response.body()).findValuesAsText("field")).contains(field);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/reports/rescue?month=", "/api/reports/rescue/cases?month=",
      "/api/reports/rescue/cases.csv?month=", "/api/reviews/candidates?month="})
  void aBadMonthIsA400NamingIt(String path) throws Exception {
    for (String month : new String[] {"%2B999999999-12", "999999999-12", "0000-01", "1999-12", "-2026-01", "2026-13",
        "2026-1", "abc", "%00", "2026-01-01"}) {
      HttpResponse<String> response = http.get("auditor", path + month);
      assertBadRequest(response);
      Assertions.assertThat(json.readTree(response.body()).findValuesAsText("field")).as(month).containsExactly("month");
    }
  }

  @Test
  void aBadLimitIsA400NamingIt() throws Exception {
    for (String limit : new String[] {"0", "-1", "1001", "abc", "1.5", "99999999999", "%00"}) {
      HttpResponse<String> response = http.get("auditor", "/api/notifications?limit=" + limit);
      assertBadRequest(response);
      Assertions.assertThat(json.readTree(response.body()).findValuesAsText("field")).as(limit).containsExactly("limit");
    }
    Assertions.assertThat(http.get("auditor", "/api/notifications?limit=1000").statusCode()).isEqualTo(200);
  }

  private void assertBadRequest(HttpResponse<String> response) {
    Assertions.assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(400);
    Assertions.assertThat(response.body()).doesNotContain("Exception").doesNotContain("java.")
        .doesNotContain("com.fasterxml").doesNotContain("at [Source");
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
