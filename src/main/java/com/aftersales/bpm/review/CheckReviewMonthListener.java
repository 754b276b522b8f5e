package com.aftersales.bpm.review;

import static com.aftersales.bpm.review.ReviewVariables.REVIEW_MONTH;

import com.aftersales.bpm.common.ModelBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Server-side check of the review's start form, on the start event: the month reviewed must be a
 * month that has ended (none given: the previous month, as the monthly schedule opens it). A start
 * from Tasklist, the REST API or the schedule meets the same rule; a refusal starts nothing. (A
 * person's start meets the start form's rules first: StartFormInterceptor.)
 */
@ModelBean("checkReviewMonth")
public class CheckReviewMonthListener implements ExecutionListener {

  private final ReviewCalendar calendar;

  public CheckReviewMonthListener(ReviewCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // a refusal is a FormRuleViolation: 400 on both REST roots (FormRuleViolationMapper)
    REVIEW_MONTH.set(execution, calendar.reviewMonth(REVIEW_MONTH.optional(execution).orElse(null)).toString());
  }
}
