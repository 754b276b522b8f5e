package com.aftersales.bpm.review;

import static com.aftersales.bpm.review.ReviewVariables.REVIEW_MONTH;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.ModelBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import com.aftersales.bpm.engine.EngineCommand;

/**
 * Server-side check of the review's start form, on the start event: the month reviewed must be a
 * month that has ended (none given: the previous month, as the monthly schedule opens it). A start
 * from Tasklist, the REST API or the schedule meets the same rule; a refusal starts nothing.
 */
@ModelBean("checkReviewMonth")
public class CheckReviewMonthListener implements ExecutionListener {

  private final ReviewCalendar calendar;

  public CheckReviewMonthListener(ReviewCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    try {
      REVIEW_MONTH.set(execution, calendar.reviewMonth(REVIEW_MONTH.optional(execution).orElse(null)).toString());
    } catch (FormRuleViolation refused) {
      // a start form field's refusal as the engine's own form validation reports one, so that
      // Tasklist's copy of the engine API answers 400 as well (FormRuleViolationMapper: /engine-rest)
      throw EngineCommand.invalidFormField(REVIEW_MONTH.name(), refused.getMessage(), refused);
    }
  }
}
