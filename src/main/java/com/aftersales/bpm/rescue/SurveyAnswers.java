package com.aftersales.bpm.rescue;

import com.aftersales.bpm.common.KeptRecords;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The survey_answer table: each survey's score and what the intake did with it, for the reports. */
@Repository
public class SurveyAnswers implements KeptRecords {

  /** Scores up to this one are detractors: a low score. */
  public static final int LOW_SCORE_MAX = 6;
  /** Scores from this one up are promoters (NPS: promoters minus detractors). */
  public static final int PROMOTER_MIN = 9;

  private final JdbcTemplate jdbc;

  public SurveyAnswers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public KeptRecords.Table keptTable() {
    return new KeptRecords.Table("survey_answer", "answered_at");
  }

  void record(NpsResponse survey, IntakeResult result) {
    // the order it names: a red alert's settled order counts the answer for its tier (ADR 0029);
    // the car's delivery day: the first-year NPS, sales' joint KPI (ADR 0030)
    LocalDate deliveredOn = survey.deliveredOn();
    jdbc.update("INSERT INTO survey_answer (survey_id, answered_at, score, action, process_instance_id, service_order_id, "
        + "delivered_on) VALUES (?, ?, ?, ?, ?, ?, ?)", survey.surveyId(), Timestamp.from(survey.answeredAt().toInstant()),
        survey.score(), result.action().name(), result.processInstanceId(), survey.serviceOrderId(),
        deliveredOn == null ? null : Date.valueOf(deliveredOn));
  }

  /** Every answer received in [from, to), whatever its score and whatever the intake did with it. */
  public List<Answer> answeredBetween(Instant from, Instant to) {
    return jdbc.query("SELECT answered_at, score, delivered_on FROM survey_answer WHERE answered_at >= ? AND answered_at < ?",
        (row, n) -> {
          Date delivered = row.getDate("delivered_on");
          return new Answer(row.getTimestamp("answered_at").toInstant(), row.getInt("score"),
              delivered == null ? null : delivered.toLocalDate());
        }, Timestamp.from(from), Timestamp.from(to));
  }

  /** One survey answer: when, the score, and the car's delivery day (null when the survey did not say). */
  public record Answer(Instant answeredAt, int score, LocalDate deliveredOn) {}

  /**
   * The low scores answered in [from, to) and, of them, those whose intake started a rescue: the
   * launch rate's two counts, in one query. A rescue of a higher score (public-opinion risk, grade
   * S) is neither.
   */
  public LowScores lowScores(Instant from, Instant to) {
    return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(CASE WHEN action = ? THEN 1 ELSE 0 END), 0) "
        + "FROM survey_answer WHERE answered_at >= ? AND answered_at < ? AND score <= ?",
        (row, n) -> new LowScores(row.getInt(1), row.getInt(2)), IntakeResult.Action.RESCUE_STARTED.name(),
        Timestamp.from(from), Timestamp.from(to), LOW_SCORE_MAX);
  }

  /**
   * @param answered the low scores answered
   * @param rescued of them, those whose intake started a rescue
   */
  public record LowScores(int answered, int rescued) {}
}
