package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.REPLACEMENT_DATE;
import static com.aftersales.bpm.redalert.RedAlertVariables.REPLACEMENT_WITHIN;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.Deadlines;
import com.aftersales.bpm.common.FormDay;
import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.engine.EngineClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Completion listener of "arrange the wait" (SPEC 5, option 2: "wait 3 days for a replacement car"):
 * the day the replacement is promised for is at the latest {@code replacementWithin} after today in the
 * centre's time zone, as the alert kind's row of redAlertWindows says. A day far off is no promise, and
 * would move the replacement's watch (Timer_ReplacementOverdue) out of reach while the daily progress
 * updates ran on until then; it is refused naming the field, and nothing changes. A passed day is the
 * form's to refuse (disallowPassedDates). A table without the output sets no latest day.
 */
@ModelBean("checkReplacementDate")
public class CheckReplacementDateListener implements TaskListener {

  private final CentreTimeZone centre;
  private final Deadlines deadlines;

  public CheckReplacementDateListener(CentreTimeZone centre, Deadlines deadlines) {
    this.centre = centre;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    String field = REPLACEMENT_DATE.name();
    LocalDate day = FormDay.of(REPLACEMENT_DATE, task, "the replacement date");
    String within = REPLACEMENT_WITHIN.optional(task).orElse(null);
    if (within == null || within.isBlank()) {
      return;
    }
    LocalDate latest = deadlines.dayAfter(LocalDate.ofInstant(EngineClock.instant(), centre.zone()), within);
    if (day.isAfter(latest)) {
      throw new FormRuleViolation(field + ": " + day + " is after " + latest + ", the latest replacement date the "
          + "red alert's table allows (" + within + " after today); promise a day you can keep / 替换车辆交付日期不得晚于 "
          + latest);
    }
  }
}
