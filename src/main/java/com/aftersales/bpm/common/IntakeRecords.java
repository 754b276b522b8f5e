package com.aftersales.bpm.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The intake_record table: every report received over REST (surveys, part shortages, red alerts,
 * promise checklists), with the fingerprint of its content and the answer given, so a repeat gets
 * the same answer and a different report under the same key is recognised ({@link IdempotentIntake}).
 */
@Repository
public class IntakeRecords implements KeptRecords {

  /** What came in first under a key: its content fingerprint and the answer (JSON). */
  public record Stored(String payloadSha256, String resultJson) {}

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  public IntakeRecords(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public KeptRecords.Table keptTable() {
    return new KeptRecords.Table("intake_record", "received_at");
  }

  public Optional<Stored> find(String kind, String key) {
    return jdbc.query("SELECT payload_sha256, result FROM intake_record WHERE kind = ? AND record_key = ?",
        (rs, i) -> new Stored(rs.getString(1), rs.getString(2)), kind, key).stream().findFirst();
  }

  /** Who sent the report under the key; empty when none is kept or the application itself sent it. */
  public Optional<String> receivedBy(String kind, String key) {
    return jdbc.query("SELECT received_by FROM intake_record WHERE kind = ? AND record_key = ?",
        (rs, i) -> rs.getString(1), kind, key).stream().filter(Objects::nonNull).findFirst();
  }

  /** The same key was recorded by an intake running at the same time: see {@link ConcurrentIntake}. */
  public static class ReceivedConcurrently extends DuplicateKeyException {
    ReceivedConcurrently(String kind, String key, Throwable cause) {
      super(kind + " " + key + " was received concurrently", cause);
    }
  }

  /** @throws ReceivedConcurrently when the key is already recorded (by a concurrent intake) */
  public void insert(String kind, String key, Object payload, Object result, String receivedBy) {
    String content = write(payload);
    try {
      jdbc.update("INSERT INTO intake_record (kind, record_key, payload_sha256, payload, result, received_at, "
              + "received_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
          kind, key, fingerprint(payload), content, write(result), Timestamp.from(Instant.now()), receivedBy);
    } catch (DataIntegrityViolationException e) {
      // the intake looked the key up first in the same transaction: only a concurrent one can have stored it
      throw new ReceivedConcurrently(kind, key, e);
    }
  }

  /** SHA-256 of the content as JSON: equal reports have equal fingerprints. */
  public String fingerprint(Object payload) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(write(payload).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public <T> T read(Stored stored, Class<T> type) {
    try {
      return json.readValue(stored.resultJson(), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored intake result is unreadable", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }
}
