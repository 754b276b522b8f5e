package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.Deadlines;
import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.engine.EngineClock;
import static com.aftersales.bpm.parts.PartsVariables.NEW_PROMISED_DATE;
import static com.aftersales.bpm.parts.PartsVariables.NEW_PROMISED_DEADLINE;
import static com.aftersales.bpm.parts.PartsVariables.PROMISED_DEADLINE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Completion listener of "explain the delay" (not an end listener: the part arriving while the
 * task is open cancels it, and that arrival must not be refused for a date nobody gave): the new promised date passes at the end of that day in the
 * service centre's time zone, as the first promise does, and the order watches it. A new promise
 * must be a later day than today, and so than the promise just broken (the first one, or the last
 * new one), and not after the latest day the parts risk table allows ({@link PromiseLimit});
 * otherwise the completion is refused and nothing changes.
 */
@ModelBean("recordNewPromise")
public class RecordNewPromiseListener implements TaskListener {

  private final CentreTimeZone centre;
  private final Deadlines deadlines;

  public RecordNewPromiseListener(CentreTimeZone centre, Deadlines deadlines) {
    this.centre = centre;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    String field = NEW_PROMISED_DATE.name();
    CommittedDay promised = CommittedDay.of(NEW_PROMISED_DATE, task, centre, "the new promised date");
    Instant deadline = promised.end();
    LocalDate today = LocalDate.ofInstant(EngineClock.instant(), centre.zone());
    Instant broken = NEW_PROMISED_DEADLINE.optional(task).orElseGet(() -> PROMISED_DEADLINE.get(task)).toInstant();
    if (!deadline.isAfter(centre.endOfDay(today.toString())) || !deadline.isAfter(broken)) {
      throw new FormRuleViolation(field + ": " + promised.day() + " is not after today (" + today
          + ") and the promise just broken (" + LocalDate.ofInstant(broken.minusNanos(1), centre.zone())
          + "); promise a later day");
    }
    PromiseLimit.check(promised, field, task, centre, deadlines);
    NEW_PROMISED_DEADLINE.set(task, Date.from(deadline));
  }
}
