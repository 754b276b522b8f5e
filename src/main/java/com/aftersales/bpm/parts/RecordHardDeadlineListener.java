package com.aftersales.bpm.parts;

import static com.aftersales.bpm.parts.PartsVariables.CRISIS_DEADLINE_WITHIN;
import static com.aftersales.bpm.parts.PartsVariables.HARD_DEADLINE;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.Deadlines;
import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.engine.EngineClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Completion listener of the manager's crisis call (SPEC 2.5): the hard deadline committed on it is a day
 * from today to the latest that partsRiskLevel allows ({@code crisisDeadlineWithin} after the call,
 * in the centre's time zone): "within days, whatever it takes", not a day so far off that its watch
 * never fires. Otherwise the completion is refused and nothing changes (a call cancelled by the
 * part's arrival is not checked). A table without the output sets no latest day.
 */
@ModelBean("recordHardDeadline")
public class RecordHardDeadlineListener implements TaskListener {

  private final CentreTimeZone centre;
  private final Deadlines deadlines;

  public RecordHardDeadlineListener(CentreTimeZone centre, Deadlines deadlines) {
    this.centre = centre;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    CommittedDay committed = CommittedDay.of(HARD_DEADLINE, task, centre, "the hard deadline");
    String field = HARD_DEADLINE.name();
    LocalDate day = committed.day();
    Instant now = EngineClock.instant();
    LocalDate today = LocalDate.ofInstant(now, centre.zone());
    if (day.isBefore(today)) {
      throw new FormRuleViolation(field + ": " + day + " has passed (today is " + today + ")");
    }
    String within = CRISIS_DEADLINE_WITHIN.optional(task).orElse(null);
    if (within != null && !within.isBlank()) {
      LocalDate latest = LocalDate.ofInstant(deadlines.after(Date.from(now), within).toInstant(), centre.zone());
      if (day.isAfter(latest)) {
        throw new FormRuleViolation(field + ": " + day + " is after " + latest + ", the latest hard deadline the "
            + "parts risk table allows (" + within + " after the call); commit to a day you can keep / 最后期限不得晚于 "
            + latest);
      }
    }
  }
}
