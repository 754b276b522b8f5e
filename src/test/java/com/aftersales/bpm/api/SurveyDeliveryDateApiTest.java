package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.deliveredOn;
import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.common.Customer;
import com.aftersales.bpm.common.IntakeRecords;
import com.aftersales.bpm.common.Vehicle;
import com.aftersales.bpm.rescue.IntakeResult;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.EarlierVersionRecords;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The survey's optional {@code vehicle.deliveredOn} (ADR 0030): kept with the answer, absent is
 * fine, and a survey recorded before the field existed still matches its repeat. (Bad dates:
 * {@link SurveyIntakeBadInputTest}; the first-year NPS it feeds: {@link JointKpisApiTest}.)
 */
@ApplicationTest
class SurveyDeliveryDateApiTest extends ApplicationTestSupport {

  private static final Instant ANSWERED = Instant.parse("2025-06-01T17:00:00Z");

  /** The request as version 10 read it: a vehicle of model and plate only. */
  record Version10Survey(String surveyId, OffsetDateTime answeredAt, Integer score, String comment,
      String serviceOrderId, Customer customer, Vehicle vehicle, Boolean publicOpinionRisk) {}

  @Autowired IntakeRecords records;

  @Test
  void theDeliveryDayIsKeptWithTheAnswerAndASurveyWithoutOneIsFine() throws Exception {
    // 01:00 on 2 June in the centre (17:00 on 1 June UTC): a car delivered on 2 June is not delivered after the answer
    String sameDay = deliveredOn(survey("DELIVERY-1", 9, ANSWERED), "\"2025-06-02\"")
        .replace(ANSWERED.toString(), "2025-06-02T01:00:00+08:00");
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", sameDay).statusCode()).isEqualTo(201);
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", survey("DELIVERY-2", 9, ANSWERED))
        .statusCode()).isEqualTo(201);

    Assertions.assertThat(storedDeliveryDay("DELIVERY-1")).isEqualTo(Date.valueOf(LocalDate.parse("2025-06-02")));
    Assertions.assertThat(storedDeliveryDay("DELIVERY-2")).isNull();
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", sameDay).statusCode())
        .as("the same survey again").isEqualTo(200);
  }

  @Test
  void aSurveyRecordedBeforeTheDeliveryDayExistedMatchesItsRepeat() throws Exception {
    String body = survey("PRE-V11-1", 9, ANSWERED);
    IntakeResult first = new IntakeResult("PRE-V11-1", IntakeResult.Action.RECORDED_ONLY, null, "NONE", null, null, null);
    // recorded as version 10 recorded it: the content's fingerprint of that version's request
    new EarlierVersionRecords(records, json, http).assertRepeatGetsTheFirstAnswer("NPS_RESPONSE", "PRE-V11-1",
        Version10Survey.class, first, "/api/nps-responses", body);
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_answer WHERE survey_id = 'PRE-V11-1'",
        Integer.class)).as("a repeat records nothing").isZero();
    HttpResponse<String> withDate = http.postJson("integration", "/api/nps-responses", deliveredOn(body, "\"2025-05-01\""));
    Assertions.assertThat(withDate.statusCode()).as("a delivery day is other content").isEqualTo(409);
    JsonNode error = json.readTree(withDate.body());
    Assertions.assertThat(error.findValuesAsText("field")).containsExactly("surveyId");
  }

  private Date storedDeliveryDay(String surveyId) {
    return jdbc.queryForObject("SELECT delivered_on FROM survey_answer WHERE survey_id = ?", Date.class, surveyId);
  }
}
