package com.aftersales.bpm.common;

import com.aftersales.bpm.common.IdempotentIntake.Received;
import com.aftersales.bpm.engine.AsApplication;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every POST of our API does once {@link AllowedGroups} let the caller through: reads the body
 * strictly ({@link JsonRequestReader}) and does the work as the application ({@link AsApplication})
 * for the caller; an intake is retried once for a concurrent duplicate ({@link ConcurrentIntake}) and
 * answered 201, or 200 for a repeat (ADR 0019).
 */
@Component
public class IntakeEndpoints {

  private final JsonRequestReader requests;
  private final AsApplication asApplication;

  public IntakeEndpoints(JsonRequestReader requests, AsApplication asApplication) {
    this.requests = requests;
    this.asApplication = asApplication;
  }

  /** {@code intake} gets the report and the caller's user id (null when nobody is logged in). */
  public <R extends Record, T> ResponseEntity<T> receive(JsonNode body, Class<R> type,
      BiFunction<R, String, Received<T>> intake) {
    R report = requests.read(body, type);
    return asApplication.run(caller -> ConcurrentIntake.receive(() -> intake.apply(report, caller))).response();
  }

  public <R extends Record> R read(JsonNode body, Class<R> type) {
    return requests.read(body, type);
  }

  /**
   * Delivers an outside event as the application: 202 with the answer when it is kept until the
   * process gets to the wait, else the endpoint's own answer for a taken one ({@code taken}: 200 or 204).
   */
  public <T extends OutsideEventAnswer> ResponseEntity<T> deliver(Function<String, T> work,
      Function<T, ResponseEntity<T>> taken) {
    T answer = asApplication.run(work);
    return answer.status() == OutsideEventAnswer.Status.KEPT ? ResponseEntity.accepted().body(answer) : taken.apply(answer);
  }

  /** @see AsApplication#run */
  public <T> T asApplication(Function<String, T> work) {
    return asApplication.run(work);
  }
}
