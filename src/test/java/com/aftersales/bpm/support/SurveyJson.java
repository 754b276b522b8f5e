package com.aftersales.bpm.support;

import java.time.Instant;

/** Survey bodies as an integrator posts them. */
public final class SurveyJson {

  private SurveyJson() {}

  public static String survey(String surveyId, int score, Instant answeredAt) {
    return survey(surveyId, String.valueOf(score), answeredAt, "");
  }

  /** {@code score} is raw JSON (so tests can send "x"); {@code extra} is appended raw fields. */
  public static String survey(String surveyId, String score, Instant answeredAt, String extra) {
    return """
        {"surveyId":"%s","answeredAt":"%s","score":%s,"comment":"Waited 4 hours","serviceOrderId":"RO-%s",
         "customer":{"id":"C-1001","name":"王先生","phone":"+86 138 0000 0000","highValue":false},
         "vehicle":{"model":"Model Y","plate":"京A12345"},"publicOpinionRisk":false%s}
        """.formatted(surveyId, answeredAt, score, surveyId, extra);
  }

  /** The same body with the car's delivery day ({@code vehicle.deliveredOn}, raw JSON so tests can send a bad one). */
  public static String deliveredOn(String body, String date) {
    return body.replace("\"plate\":\"京A12345\"}", "\"plate\":\"京A12345\",\"deliveredOn\":" + date + "}");
  }

  /** The same body from a customer the CRM values at 900,000 CNY, whose success manager is {@code manager}. */
  public static String successManaged(String body, String manager) {
    return body.replace("\"highValue\":false", "\"highValue\":false,\"lifetimeValue\":900000,\"successManager\":\""
        + manager + "\"");
  }
}
