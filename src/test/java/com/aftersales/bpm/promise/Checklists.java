package com.aftersales.bpm.promise;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Checklist bodies for the tests: recorded an hour ago, as a draft or confirmed by the customer ten
 * minutes later in one step; a standard free item, a special time promise, a special price promise.
 */
final class Checklists {

  private Checklists() {}

  static String checklist(String checklistId, String customerId, String items) {
    Instant recorded = anHourAgo();
    return checklist(checklistId, customerId, recorded, recorded.plus(10, ChronoUnit.MINUTES), items);
  }

  static String draft(String checklistId, String customerId, String items) {
    return draft(checklistId, customerId, anHourAgo(), items);
  }

  static Instant anHourAgo() {
    return Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
  }

  static String checklist(String checklistId, String customerId, Instant recordedAt, Instant customerConfirmedAt,
      String items) {
    return """
        {"checklistId":"%s","customerId":"%s","orderId":"SO-%s","recordedAt":"%s","customerConfirmedAt":"%s","items":[%s]}
        """.formatted(checklistId, customerId, checklistId, recordedAt, customerConfirmedAt, items);
  }

  /** A draft: posted before the customer confirmed it (no {@code customerConfirmedAt}). */
  static String draft(String checklistId, String customerId, Instant recordedAt, String items) {
    return """
        {"checklistId":"%s","customerId":"%s","orderId":"SO-%s","recordedAt":"%s","items":[%s]}
        """.formatted(checklistId, customerId, checklistId, recordedAt, items);
  }

  /** The body of a customer's confirmation. */
  static String confirmation(Object customerConfirmedAt) {
    return "{\"customerConfirmedAt\":\"" + customerConfirmedAt + "\"}";
  }

  static String confirmationPath(String checklistId) {
    return "/api/customer-promises/" + checklistId + "/confirmation";
  }

  static String item(String kind, String description, String value) {
    return """
        {"kind":"%s","description":"%s","value":%s}""".formatted(kind, description, value);
  }

  /** A draft: a standard free item, a special time promise, a special price promise. */
  static String threePromises(String checklistId, String customerId) {
    return draft(checklistId, customerId, String.join(",",
        item("FREE_SERVICE", "First maintenance free", "300"),
        item("TIME", "Any part within 24 hours", "0"),
        """
        {"kind":"PRICE","description":"20% off every repair","value":2000,"validUntil":"2099-12-31"}"""));
  }
}
