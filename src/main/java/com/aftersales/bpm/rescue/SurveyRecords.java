package com.aftersales.bpm.rescue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The nps_response table: every survey received, its fingerprint and what the intake did. */
@Repository
public class SurveyRecords {

  /** A survey already received: its payload fingerprint and the stored intake result (JSON). */
  public record Stored(String payloadSha256, String resultJson) {}

  private final JdbcTemplate jdbc;

  public SurveyRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Stored> find(String surveyId) {
    return jdbc.query("SELECT payload_sha256, result FROM nps_response WHERE survey_id = ?",
        (rs, i) -> new Stored(rs.getString(1), rs.getString(2)), surveyId).stream().findFirst();
  }

  public void insert(String surveyId, String payloadSha256, String payload, String resultJson,
      String receivedBy) {
    jdbc.update("INSERT INTO nps_response (survey_id, payload_sha256, payload, result, received_at, "
            + "received_by) VALUES (?, ?, ?, ?, ?, ?)",
        surveyId, payloadSha256, payload, resultJson, Timestamp.from(Instant.now()), receivedBy);
  }
}
