package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.RescueVariables.ANSWERED_AT;
import static com.aftersales.bpm.rescue.RescueVariables.FOLLOW_UP_WITHIN;
import static com.aftersales.bpm.rescue.RescueVariables.PROMISED_CALLBACK_AT;

import com.aftersales.bpm.common.Deadlines;
import com.aftersales.bpm.common.DisplayDates;
import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.engine.EngineClock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Completion listener of the first contact (SPEC 1.3 step 5, 12–72 h: "call back exactly at the promised
 * time with the findings and the plan"): the promised call-back is within the follow-up window,
 * {@code followUpWithin} of {@code npsAlertGrade} after the low score, since it is the deadline of the
 * findings and the plan (Timer_PlanByCallback, an SLA): a call-back promised for 2099 switched that
 * watch off. A first contact made after the window has ended gets a window of the same length from the
 * call. Otherwise the completion is refused naming the field and nothing changes. A table without the
 * output sets no latest time.
 */
@ModelBean("checkPromisedCallback")
public class CheckPromisedCallbackListener implements TaskListener {

  private final Deadlines deadlines;
  private final DisplayDates displayDates;

  public CheckPromisedCallbackListener(Deadlines deadlines, DisplayDates displayDates) {
    this.deadlines = deadlines;
    this.displayDates = displayDates;
  }

  @Override
  public void notify(DelegateTask task) {
    String within = FOLLOW_UP_WITHIN.optional(task).orElse(null);
    if (within == null || within.isBlank()) {
      return;
    }
    Object promised = task.getVariable(PROMISED_CALLBACK_AT.name()); // the form's text; a Date over the Java API
    Instant callback = promised instanceof Date date ? date.toInstant() : parsed(promised);
    Date now = EngineClock.now();
    Date latest = deadlines.after(ANSWERED_AT.get(task), within);
    if (latest.before(now)) {
      latest = deadlines.after(now, within);
    }
    if (callback.isAfter(latest.toInstant())) {
      throw new FormRuleViolation(PROMISED_CALLBACK_AT.name() + ": " + displayDates.at(Date.from(callback))
          + " is after " + displayDates.at(latest) + ", the end of the follow-up window (" + within
          + "); promise a call-back within it / 承诺回电时间不得晚于 " + displayDates.at(latest));
    }
  }

  private static Instant parsed(Object promised) {
    try {
      return OffsetDateTime.parse(String.valueOf(promised).trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new FormRuleViolation(PROMISED_CALLBACK_AT.name() + ": '" + promised + "' is not a date and time");
    }
  }
}
