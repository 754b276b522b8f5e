package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.deliveredOn;
import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad request gets a clear 4xx naming the field, and nothing is started or recorded. */
@ApplicationTest
class SurveyIntakeBadInputTest extends ApplicationTestSupport {

  private static final Instant ANSWERED = Instant.parse("2026-01-05T08:00:00Z");

  long instancesBefore;
  long surveysBefore;

  @BeforeEach
  void setUp() {
    instancesBefore = history.createHistoricProcessInstanceQuery().count();
    surveysBefore = jdbc.queryForObject("SELECT COUNT(*) FROM intake_record", Long.class);
  }

  @AfterEach
  void nothingWasStartedOrRecorded() {
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intake_record", Long.class))
        .isEqualTo(surveysBefore);
  }

  static Stream<Arguments> badSurveys() {
    return Stream.of(
        Arguments.of("score 11", survey("BAD-1", "11", ANSWERED, ""), "score"),
        Arguments.of("score -1", survey("BAD-2", "-1", ANSWERED, ""), "score"),
        Arguments.of("score \"x\"", survey("BAD-3", "\"x\"", ANSWERED, ""), "score"),
        Arguments.of("score 7.5", survey("BAD-4", "7.5", ANSWERED, ""), "score"),
        Arguments.of("score as a string", survey("BAD-5", "\"7\"", ANSWERED, ""), "score"),
        Arguments.of("unknown field", survey("BAD-6", "2", ANSWERED, ",\"priority\":\"high\""), "priority"),
        Arguments.of("missing customer",
            "{\"surveyId\":\"BAD-7\",\"answeredAt\":\"2026-01-05T08:00:00Z\",\"score\":2}", "customer"),
        Arguments.of("missing customer phone", survey("BAD-8", "2", ANSWERED, "")
            .replace("\"phone\":\"+86 138 0000 0000\",", ""), "customer.phone"),
        Arguments.of("missing surveyId", survey("", "2", ANSWERED, ""), "surveyId"),
        Arguments.of("answeredAt not a date", survey("BAD-9", "2", ANSWERED, "")
            .replace(ANSWERED.toString(), "yesterday"), "answeredAt"),
        Arguments.of("answeredAt in the future",
            survey("BAD-10", "2", Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS), ""),
            "answeredAt"),
        Arguments.of("highValue not a boolean", survey("BAD-11", "2", ANSWERED, "")
            .replace("\"highValue\":false", "\"highValue\":\"yes\""), "customer.highValue"),
        // PostgreSQL cannot store U+0000 in text: refused on every database, never a failed intake
        Arguments.of("comment with U+0000", survey("BAD-13", "2", ANSWERED, "")
            .replace("Waited 4 hours", "Waited\\u0000 4 hours"), "comment"),
        Arguments.of("customer name with U+0000", survey("BAD-14", "2", ANSWERED, "")
            .replace("王先生", "王\\u0000先生"), "customer.name"),
        // a line break would forge a line of its own in a mail or chat message (ADR 0052)
        Arguments.of("customer name of two lines", survey("BAD-15", "2", ANSWERED, "")
            .replace("王先生", "王先生\\n案例 Case: SV-0000"), "customer.name"),
        Arguments.of("customer name with a line separator", survey("BAD-16", "2", ANSWERED, "")
            .replace("王先生", "王先生\\u2028X"), "customer.name"));
  }

  /** The car's delivery day (ADR 0030): a date from 2000, not in the future, not after the day of the answer. */
  static Stream<Arguments> badDeliveryDays() {
    return Stream.of(
        Arguments.of("\"" + LocalDate.now(ZoneOffset.UTC).plusDays(2) + "\"", "must not be in the future"),
        // the answer is at 16:00 on 5 January in the centre
        Arguments.of("\"2026-01-06\"", "must not be after the day of answeredAt"),
        Arguments.of("\"2025-13-01\"", "ISO-8601 date from 2000-01-01"),
        Arguments.of("\"1999-12-31\"", "ISO-8601 date from 2000-01-01"),
        Arguments.of("\"2025-06-01T10:00:00Z\"", "ISO-8601 date from 2000-01-01"),
        Arguments.of("20250601", "ISO-8601 date from 2000-01-01"));
  }

  @ParameterizedTest(name = "deliveredOn {0}")
  @MethodSource("badDeliveryDays")
  void aBadDeliveryDayIsRefusedNamingTheField(String day, String message) throws Exception {
    HttpResponse<String> response = http.postJson("integration", "/api/nps-responses",
        deliveredOn(survey("BAD-DELIVERY", "9", ANSWERED, ""), day));

    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode problems = json.readTree(response.body()).get("fieldErrors");
    Assertions.assertThat(problems.findValuesAsText("field")).as(response.body()).containsOnly("vehicle.deliveredOn");
    Assertions.assertThat(problems.findValuesAsText("message")).anySatisfy(m -> Assertions.assertThat(m).contains(message));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSurveys")
  void aBadSurveyIsRefusedNamingTheField(String caseName, String body, String field) throws Exception {
    HttpResponse<String> response = http.postJson("integration", "/api/nps-responses", body);

    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode error = json.readTree(response.body());
    Assertions.assertThat(error.findValuesAsText("field")).contains(field);
    Assertions.assertThat(error.get("message").asText()).contains(field);
  }

  @Test
  void everyBadFieldIsNamedInOneAnswer() throws Exception {
    String body = survey("BAD-12", "\"x\"", ANSWERED, ",\"priority\":1")
        .replace("\"highValue\":false", "\"highValue\":\"yes\"")
        .replace("\"name\":\"王先生\",", "");
    HttpResponse<String> response = http.postJson("integration", "/api/nps-responses", body);

    Assertions.assertThat(response.statusCode()).isEqualTo(400);
    Assertions.assertThat(json.readTree(response.body()).findValuesAsText("field"))
        .containsExactly("customer.highValue", "customer.name", "priority", "score");
  }

  @Test
  void malformedJsonIsABadRequest() throws Exception {
    HttpResponse<String> response = http.postJson("integration", "/api/nps-responses",
        "{\"surveyId\": \"BAD-20\", \"score\": ");
    Assertions.assertThat(response.statusCode()).isEqualTo(400);
    Assertions.assertThat(json.readTree(response.body()).get("message").asText()).contains("JSON");
  }

  @Test
  void aTenMegabyteBodyIsRefusedBeforeItIsSent() {
    Assertions.assertThat(http.announceUpload("integration", "/api/nps-responses", 10L * 1024 * 1024))
        .isEqualTo("HTTP/1.1 413 ");
  }

  @Test
  void aLargeBodyWithoutDeclaredLengthIsRefusedToo() {
    // 100 KB streamed without Content-Length (chunked): above the 64 KB limit
    String padded = survey("BAD-30", "2", ANSWERED, ",\"comment2\":\"" + "x".repeat(100_000) + "\"");
    HttpResponse<String> response = http.post("integration", "/api/nps-responses", "application/json",
        BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(padded.getBytes())));
    Assertions.assertThat(response.statusCode()).isEqualTo(413);
    Assertions.assertThat(response.body()).contains("larger than 65536 bytes");
  }

  @Test
  void aBodyThatIsNotJsonIsUnsupported() {
    HttpResponse<String> response = http.post("integration", "/api/nps-responses", "text/plain",
        BodyPublishers.ofString("score=2"));
    Assertions.assertThat(response.statusCode()).isEqualTo(415);
  }
}
