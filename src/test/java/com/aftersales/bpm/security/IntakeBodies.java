package com.aftersales.bpm.security;

import com.aftersales.bpm.support.SurveyJson;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * What {@link ApiFuzzTest} sends each endpoint that takes a body: its valid body broken in every way
 * {@link HostileInput#hostileBodies} knows, naming every field the body has (nested ones too).
 */
abstract class IntakeBodies extends ApiCallers {

  private static final String ANSWERED = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

  @Provide
  Arbitrary<String> invalidSurveys() {
    String valid = SurveyJson.survey("FUZZ-1", 2, Instant.parse(ANSWERED)).strip();
    return hostileBodies(valid, List.of("surveyId", "answeredAt", "score", "comment", "serviceOrderId", "customer",
        "vehicle", "publicOpinionRisk", "id", "name", "phone", "highValue", "model", "plate"));
  }

  @Provide
  Arbitrary<String> invalidShortages() {
    String valid = ApiGroupsTest.shortage("FUZZ-RO-1").strip();
    return hostileBodies(valid, List.of("repairOrderId", "reportedAt", "customer", "vehicle", "part",
        "vehicleCondition", "supplierEta", "id", "name", "phone", "vip", "number"));
  }

  @Provide
  Arbitrary<String> invalidRedAlerts() {
    String valid = ("{\"alertId\":\"FUZZ-RA-1\",\"discoveredAt\":\"" + ANSWERED + "\",\"description\":\"Tailgate gap\","
        + "\"orders\":[{\"orderId\":\"FUZZ-RA-O1\",\"customer\":{\"id\":\"C-RA\",\"name\":\"王先生\",\"phone\":\"+86 138\","
        + "\"highValue\":false},\"vehicle\":{\"vin\":\"LRW3E7FS0RC000001\",\"model\":\"Model Y\"},"
        + "\"deliveryAt\":\"2026-12-01T10:00:00+08:00\",\"severity\":\"MINOR\"}]}");
    return hostileBodies(valid, List.of("alertId", "discoveredAt", "description", "orders", "orderId", "customer",
        "vehicle", "deliveryAt", "severity", "id", "name", "phone", "highValue", "vin", "model", "partNumber"));
  }

  @Provide
  Arbitrary<String> invalidChecklists() {
    String valid = "{\"checklistId\":\"FUZZ-CL-1\",\"customerId\":\"C-FUZZ\",\"orderId\":\"SO-FUZZ\",\"recordedAt\":\""
        + ANSWERED + "\",\"customerConfirmedAt\":\"" + ANSWERED
        + "\",\"items\":[{\"kind\":\"TIME\",\"description\":\"parts within 24 h\",\"value\":0}]}";
    return hostileBodies(valid, List.of("checklistId", "customerId", "orderId", "recordedAt", "customerConfirmedAt",
        "items", "kind", "description", "value", "validUntil"));
  }

  @Provide
  Arbitrary<String> confirmations() {
    String valid = "{\"customerConfirmedAt\":\"" + ANSWERED + "\"}";
    return Arbitraries.oneOf(hostileBodies(valid, List.of("customerConfirmedAt")), Arbitraries.just(valid));
  }

  @Provide
  Arbitrary<String> reRatings() {
    return Arbitraries.oneOf(hostileBodies("{\"score\":9,\"answeredAt\":\"" + ANSWERED + "\"}",
        List.of("score", "answeredAt")), Arbitraries.just("{\"score\":9,\"answeredAt\":\"" + ANSWERED + "\"}"));
  }

  @Provide
  Arbitrary<String> arrivals() {
    return Arbitraries.oneOf(hostileBodies("{\"arrivedAt\":\"" + ANSWERED + "\"}", List.of("arrivedAt")),
        Arbitraries.of("{}", "", "{\"arrivedAt\":\"" + ANSWERED + "\"}"));
  }

  @Provide
  Arbitrary<String> contacts() {
    String valid = "{\"at\":\"" + ANSWERED + "\",\"channel\":\"PHONE\",\"text\":\"any news?\",\"chasing\":true}";
    return Arbitraries.oneOf(hostileBodies(valid, List.of("at", "channel", "text", "chasing")), Arbitraries.just(valid));
  }

  @Provide
  Arbitrary<String> mobiles() {
    return hostileBodies("{\"mobile\":\"13800138000\"}", List.of("mobile"));
  }

  @Provide
  Arbitrary<String> invalidOrders() {
    return hostileBodies("{\"orderId\":\"SO-FUZZ\",\"signedAt\":\"" + ANSWERED + "\",\"customerId\":\"C-1\","
        + "\"source\":\"NEW\"}", List.of("orderId", "signedAt", "customerId", "source"));
  }

  @Provide
  Arbitrary<String> successManagers() {
    return hostileBodies("{\"successManager\":\"csm\"}", List.of("successManager"));
  }
}
