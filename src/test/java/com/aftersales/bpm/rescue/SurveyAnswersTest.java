package com.aftersales.bpm.rescue;

import com.aftersales.bpm.common.Customer;
import com.aftersales.bpm.rescue.IntakeResult.Action;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SPEC 1.5's launch rate reads two counts of survey_answer in one query: the low scores (0–6)
 * answered in a month and those of them rescued; a rescued 8 (public-opinion risk) is neither.
 */
class SurveyAnswersTest {

  private static final Instant FROM = Instant.parse("2019-05-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2019-06-01T00:00:00Z");

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void theLowScoresOfTheSpanAndThoseRescuedComeTogether() {
    JdbcTemplate jdbc = new JdbcTemplate(engine.configuration().getDataSource());
    jdbc.update("DELETE FROM survey_answer WHERE survey_id LIKE 'ANSWERS-%'"); // a database kept from an earlier run
    SurveyAnswers answers = new SurveyAnswers(jdbc);
    record(answers, "ANSWERS-LOW-RESCUED", 3, FROM, Action.RESCUE_STARTED);
    record(answers, "ANSWERS-LOW-RECORDED", 6, FROM.plusSeconds(3600), Action.RECORDED_ONLY);
    record(answers, "ANSWERS-HIGH-RESCUED", 8, FROM.plusSeconds(7200), Action.RESCUE_STARTED);
    record(answers, "ANSWERS-PASSIVE", 7, FROM.plusSeconds(7200), Action.PASSIVE_FOLLOW_UP_STARTED);
    record(answers, "ANSWERS-BEFORE", 2, FROM.minusSeconds(1), Action.RESCUE_STARTED);
    record(answers, "ANSWERS-AFTER", 1, TO, Action.RESCUE_STARTED);

    Assertions.assertThat(answers.lowScores(FROM, TO)).isEqualTo(new SurveyAnswers.LowScores(2, 1));
    Assertions.assertThat(answers.lowScores(TO.plusSeconds(86_400), TO.plusSeconds(2 * 86_400)))
        .as("a span without answers").isEqualTo(new SurveyAnswers.LowScores(0, 0));
  }

  private static void record(SurveyAnswers answers, String surveyId, int score, Instant at, Action action) {
    answers.record(new NpsResponse(surveyId, at.atOffset(ZoneOffset.ofHours(8)), score, null, null,
        new Customer("C-" + surveyId, "客户", "+86 138 0000 0000", false), null, null),
        new IntakeResult(surveyId, action, null, null, null, null, null));
  }
}
