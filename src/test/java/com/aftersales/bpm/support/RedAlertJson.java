package com.aftersales.bpm.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;

/**
 * Red-alert bodies as quality (or an integrator) posts them to {@code POST /api/red-alerts}, and
 * what its 201 answer must say. The plain engine's alerts are raised by {@link RedAlertDriver}.
 */
public final class RedAlertJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RedAlertJson() {}

  /** Five minutes ago, to the second: a discovery time the intake takes. */
  public static String discovered() {
    return Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** One waiting order of 王先生's Model Y; {@code severity} as sent (a bad-input test may send any text). */
  public static String order(String id, String severity) {
    return """
        {"orderId":"%s","customer":{"id":"C-%s","name":"王先生","phone":"+86 138 0000 0000","highValue":false},
         "vehicle":{"vin":"LRW3E7FS0RC000001","model":"Model Y"},"deliveryAt":"2026-12-01T10:00:00+08:00",
         "severity":"%s"}""".formatted(id, id, severity);
  }

  /** A tailgate-gap alert over {@code orders}, the JSON of {@link #order}s joined by commas. */
  public static String alert(String alertId, String at, String orders) {
    return """
        {"alertId":"%s","discoveredAt":"%s","description":"Tailgate gap 5.8 mm / 尾门间隙5.8毫米","orders":[%s]}"""
        .formatted(alertId, at, orders);
  }

  /** The alert with {@code "mediaInvolved"} set to {@code value} as sent (a bad-input test may send any JSON). */
  public static String withMedia(String alert, String value) {
    return alert.replaceFirst("^\\{", "{\"mediaInvolved\":" + value + ",");
  }

  /** A 201 naming the alert's kind, its number of orders and when the decision is due; returns the answer. */
  public static JsonNode assertStarted(HttpResponse<String> response, String kind, int orders, Instant decisionDue)
      throws JsonProcessingException {
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode started = JSON.readTree(response.body());
    Assertions.assertThat(started.get("kind").asText()).isEqualTo(kind);
    Assertions.assertThat(started.get("orders").asInt()).isEqualTo(orders);
    Assertions.assertThat(Instant.parse(started.get("decisionDue").asText())).isEqualTo(decisionDue);
    return started;
  }
}
