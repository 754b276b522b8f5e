package com.aftersales.bpm.rescue;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The survey_answer table: each survey's score and what the intake did with it, for the reports. */
@Repository
public class SurveyAnswers {

  /** Scores up to this one are detractors: a low score. */
  public static final int LOW_SCORE_MAX = 6;

  private final JdbcTemplate jdbc;

  public SurveyAnswers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(NpsResponse survey, IntakeResult result) {
    jdbc.update("INSERT INTO survey_answer (survey_id, answered_at, score, action, process_instance_id) VALUES (?, ?, ?, ?, ?)",
        survey.surveyId(), Timestamp.from(survey.answeredAt().toInstant()), survey.score(), result.action().name(),
        result.processInstanceId());
  }

  /** Low scores answered in [from, to). */
  public int lowScores(Instant from, Instant to) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM survey_answer WHERE answered_at >= ? AND answered_at < ? "
        + "AND score <= ?", Integer.class, Timestamp.from(from), Timestamp.from(to), LOW_SCORE_MAX);
    return count == null ? 0 : count;
  }

  /**
   * Low scores answered in [from, to) whose intake started a rescue: the launch rate's rescues. A
   * rescue of a higher score (public-opinion risk, grade S) is not one of them.
   */
  public int lowScoresRescued(Instant from, Instant to) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM survey_answer WHERE answered_at >= ? AND answered_at < ? "
        + "AND score <= ? AND action = ?", Integer.class, Timestamp.from(from), Timestamp.from(to), LOW_SCORE_MAX,
        IntakeResult.Action.RESCUE_STARTED.name());
    return count == null ? 0 : count;
  }
}
