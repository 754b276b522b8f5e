package com.aftersales.bpm.review;

import static com.aftersales.bpm.review.ReviewVariables.AFTER_SALES_SUPPORT_RATING;
import static com.aftersales.bpm.review.ReviewVariables.REVIEW_MONTH;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.engine.EngineClock;
import com.aftersales.bpm.report.SalesSupportRatings;
import java.time.YearMonth;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * "Sales feedback" completed: sales' rating of after-sales support for the month reviewed goes to
 * the report's sales_support_rating table in the completion's transaction (service's joint KPI,
 * SPEC 6, ADR 0030). A completion without a rating of "1" to "5" is refused and changes nothing.
 */
@ModelBean("recordSupportRating")
public class RecordSupportRatingListener implements TaskListener {

  private static final Set<String> RATINGS = Set.of("1", "2", "3", "4", "5");

  private final SalesSupportRatings ratings;

  public RecordSupportRatingListener(SalesSupportRatings ratings) {
    this.ratings = ratings;
  }

  @Override
  public void notify(DelegateTask task) {
    String rating = AFTER_SALES_SUPPORT_RATING.optional(task).orElse(null);
    if (rating == null || !RATINGS.contains(rating)) {
      // the form requires one of the five (ADR 2); this guards a completion that bypasses the form
      throw new FormRuleViolation("Sales' rating of after-sales support (" + AFTER_SALES_SUPPORT_RATING.name()
          + ") must be one of 1 to 5, not '" + rating + "'");
    }
    ratings.given(new SalesSupportRatings.Rating(task.getId(), task.getProcessInstanceId(),
        YearMonth.parse(REVIEW_MONTH.get(task)), rating, EngineClock.instant()));
  }
}
