package com.aftersales.bpm.common;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The idempotent start every REST intake shares (ADR 0019): the first report under a key starts its
 * work and records the answer; the same report again gets that answer (200), other content under the
 * same key a 409 naming the key field. Runs in the intake's transaction, so a failed start records
 * nothing; {@link ConcurrentIntake} answers the loser of two identical reports in flight at once.
 */
@Component
public class IdempotentIntake {

  /**
   * One kind of intake: its name in the intake_record table, the request field holding the key, and
   * the 409's text for changed content ({@code %s} is the key).
   */
  public record Kind(String name, String keyField, String changedContent) {}

  /** The answer, and whether this call produced it (false: a repeat of an earlier report). */
  public record Received<T>(T result, boolean created) {

    /** 201 with the answer the first time, 200 with the same answer for a repeat. */
    public ResponseEntity<T> response() {
      return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }
  }

  private final IntakeRecords records;

  public IdempotentIntake(IntakeRecords records) {
    this.records = records;
  }

  /**
   * The earlier answer for {@code key}, or {@code start}'s, recorded with the report.
   *
   * @param receivedBy who sent it (recorded with the report; null when the application itself did)
   * @throws IntakeRecords.ReceivedConcurrently when a concurrent intake recorded the same key first
   */
  public <T> Received<T> once(Kind kind, String key, Object report, Class<T> resultType, String receivedBy,
      Supplier<T> start) {
    Optional<IntakeRecords.Stored> earlier = records.find(kind.name(), key);
    if (earlier.isPresent()) {
      if (!earlier.get().payloadSha256().equals(records.fingerprint(report))) {
        throw ApiException.conflict(kind.keyField(), kind.changedContent().formatted(key));
      }
      return new Received<>(records.read(earlier.get(), resultType), false);
    }
    T result = start.get();
    records.insert(kind.name(), key, report, result, receivedBy);
    return new Received<>(result, true);
  }
}
