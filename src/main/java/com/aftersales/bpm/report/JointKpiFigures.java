package com.aftersales.bpm.report;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.report.RescueReport.Nps;
import com.aftersales.bpm.rescue.SurveyAnswers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The month's joint KPIs (SPEC 6, ADR 0030) from the intake's survey_answer table, the review's
 * sales_support_rating table and the dealer system's vehicle orders (ADR 0036).
 */
@Component
public class JointKpiFigures {

  /** An answer counts for the first-year NPS when the car was delivered at most this many days before. */
  static final int FIRST_YEAR_DAYS = 365;

  private final SurveyAnswers answers;
  private final SalesSupportRatings ratings;
  private final VehicleOrderTable orders;
  private final CentreTimeZone centre;

  public JointKpiFigures(SurveyAnswers answers, SalesSupportRatings ratings, VehicleOrderTable orders,
      CentreTimeZone centre) {
    this.answers = answers;
    this.ratings = ratings;
    this.orders = orders;
    this.centre = centre;
  }

  /** @param salesPromiseRate the report's share of rescues caused by a sales promise */
  public JointKpis forMonth(YearMonth month, BigDecimal salesPromiseRate) {
    CentreTimeZone.Span span = centre.month(month);
    int all = 0;
    int undated = 0;
    int firstYear = 0;
    int promoters = 0;
    int detractors = 0;
    for (SurveyAnswers.Answer answer : answers.answeredBetween(span.from(), span.to())) {
      all++;
      if (answer.deliveredOn() == null) {
        undated++;
      } else if (inFirstYear(answer.deliveredOn(), LocalDate.ofInstant(answer.answeredAt(), centre.zone()))) {
        firstYear++;
        promoters += answer.score() >= SurveyAnswers.PROMOTER_MIN ? 1 : 0;
        detractors += answer.score() <= SurveyAnswers.LOW_SCORE_MAX ? 1 : 0;
      }
    }
    Optional<SalesSupportRatings.Rating> rating = ratings.ofMonth(month);
    return new JointKpis(
        new JointKpis.Sales(Nps.of(firstYear, promoters, detractors), all, undated, salesPromiseRate,
            JointKpis.VehicleOrders.of(orders.signedBetween(span.from(), span.to()))),
        new JointKpis.Service(rating.map(SalesSupportRatings.Rating::rating).orElse(null),
            rating.map(SalesSupportRatings.Rating::completedAt).orElse(null)));
  }

  /**
   * Delivered within the 365 days before the day of the answer (the centre's day), the day itself
   * included; a delivery dated after that day (the survey's offset ahead of the centre's) is too.
   */
  static boolean inFirstYear(LocalDate deliveredOn, LocalDate answeredOn) {
    return !deliveredOn.isBefore(answeredOn.minusDays(FIRST_YEAR_DAYS));
  }
}
