package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.common.IntakeRecords;
import com.aftersales.bpm.common.Vehicle;
import com.aftersales.bpm.parts.PartShortageReport;
import com.aftersales.bpm.parts.ShortageStarted;
import com.aftersales.bpm.parts.VehicleCondition;
import com.aftersales.bpm.rescue.IntakeResult;
import com.aftersales.bpm.rescue.NpsResponse;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.EarlierVersionRecords;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.PartShortages;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CRM's lifetime value and success manager (ADR 0031) through both intakes: kept on the case
 * the table reads, a repeat compared with them, and a report recorded before they existed (the
 * request as version 11 read it) still matching its repeat that leaves them out.
 */
@ApplicationTest
class CustomerSuccessIntakeTest extends ApplicationTestSupport {

  private static final Instant ANSWERED = Instant.parse("2026-01-05T08:00:00Z");

  /** The customers as version 11 read them: without the CRM's two fields. */
  record Version11Customer(String id, String name, String phone, Boolean highValue) {}

  record Version11Survey(String surveyId, OffsetDateTime answeredAt, Integer score, String comment,
      String serviceOrderId, Version11Customer customer, NpsResponse.Vehicle vehicle, Boolean publicOpinionRisk) {}

  record Version11PartsCustomer(String id, String name, String phone, Boolean highValue, Boolean vip) {}

  record Version11Shortage(String repairOrderId, OffsetDateTime reportedAt, Version11PartsCustomer customer,
      Vehicle vehicle, PartShortageReport.Part part, VehicleCondition vehicleCondition, LocalDate supplierEta) {}

  @Autowired IntakeRecords records;

  @Test
  void aSurveysLifetimeValueAndManagerReachTheRescueAndItsManagerIsTold() throws Exception {
    String body = withSuccess(survey("CSM-IN-1", 2, ANSWERED), "800000.5", "csm");

    JsonNode started = created("/api/nps-responses", body);
    String rescue = started.get("processInstanceId").asText();

    Assertions.assertThat(runtime.getVariables(rescue)).containsEntry("lifetimeValue", 800000.5)
        .containsEntry("successManager", "csm").containsEntry("successManaged", true);
    Notifications.deliverAll(engine, rescue);
    JsonNode inbox = json.readTree(http.get("csm", "/api/notifications/inbox").body()).get("notifications");
    Assertions.assertThat(inbox.findValuesAsText("businessKey")).as("the demo success manager's own inbox")
        .contains("CSM-IN-1");
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", body).statusCode()).isEqualTo(200);
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses",
        withSuccess(survey("CSM-IN-1", 2, ANSWERED), "800000.6", "csm")).statusCode()).as("another value").isEqualTo(409);
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", survey("CSM-IN-1", 2, ANSWERED))
        .statusCode()).as("the same survey without the CRM's fields is other content").isEqualTo(409);
  }

  @Test
  void aShortageReportsLifetimeValueReachesTheOrderAndALowOneMakesNoManager() throws Exception {
    String managed = PartShortages.report("RO-CSM-IN-1", "MINOR").success(new BigDecimal("1500000"), null).json();
    String modest = PartShortages.report("RO-CSM-IN-2", "MINOR").success(new BigDecimal("500000.00"), "csm").json();

    String first = created("/api/part-shortages", managed).get("processInstanceId").asText();
    String second = created("/api/part-shortages", modest).get("processInstanceId").asText();

    Assertions.assertThat(runtime.getVariables(first)).containsEntry("lifetimeValue", 1500000L)
        .containsEntry("successManaged", true).containsEntry("successManager", null);
    Assertions.assertThat(runtime.getVariables(second)).containsEntry("lifetimeValue", 500000L)
        .containsEntry("successManaged", false);
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", managed).statusCode()).isEqualTo(200);
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages",
        PartShortages.report("RO-CSM-IN-1", "MINOR").json()).statusCode()).as("without the value").isEqualTo(409);
  }

  @Test
  void reportsWithoutTheFieldsStartCasesWithoutAManager() throws Exception {
    String rescue = created("/api/nps-responses", survey("CSM-IN-3", 2, ANSWERED)).get("processInstanceId").asText();
    String order = created("/api/part-shortages", PartShortages.report("RO-CSM-IN-3", "MINOR").json())
        .get("processInstanceId").asText();

    for (String instance : new String[] {rescue, order}) {
      Assertions.assertThat(runtime.getVariables(instance)).containsEntry("lifetimeValue", null)
          .containsEntry("successManager", null).containsEntry("successManaged", false);
    }
  }

  @Test
  void aSurveyRecordedBeforeTheFieldsExistedMatchesItsRepeat() throws Exception {
    String body = survey("PRE-V12-1", 9, ANSWERED);
    IntakeResult first = new IntakeResult("PRE-V12-1", IntakeResult.Action.RECORDED_ONLY, null, "NONE", null, null, null);
    earlier().assertRepeatGetsTheFirstAnswer("NPS_RESPONSE", "PRE-V12-1", Version11Survey.class, first,
        "/api/nps-responses", body);
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", withSuccess(body, "600000", "csm"))
        .statusCode()).as("with the CRM's fields it is other content").isEqualTo(409);
  }

  @Test
  void aShortageRecordedBeforeTheFieldsExistedMatchesItsRepeat() throws Exception {
    String body = PartShortages.report("RO-PRE-V12", "MINOR").json();
    ShortageStarted first = new ShortageStarted("RO-PRE-V12", "an-earlier-instance", "L3", false, "NONE", null, null);
    earlier().assertRepeatGetsTheFirstAnswer("PART_SHORTAGE", "RO-PRE-V12", Version11Shortage.class, first,
        "/api/part-shortages", body);
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages",
        PartShortages.report("RO-PRE-V12", "MINOR").success(new BigDecimal("600000"), null).json()).statusCode())
        .as("with the lifetime value it is other content").isEqualTo(409);
  }

  private EarlierVersionRecords earlier() {
    return new EarlierVersionRecords(records, json, http);
  }

  private JsonNode created(String path, String body) throws Exception {
    HttpResponse<String> response = http.postJson("integration", path, body);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  /** The survey with the CRM's lifetime value (raw JSON) and success manager in its customer. */
  private static String withSuccess(String survey, String lifetimeValue, String successManager) {
    return survey.replace("\"highValue\":false", "\"highValue\":false,\"lifetimeValue\":" + lifetimeValue
        + ",\"successManager\":\"" + successManager + "\"");
  }
}
