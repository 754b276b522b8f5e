package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.Deadlines;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.FormRuleViolation;
import static com.aftersales.bpm.parts.PartsVariables.PROMISED_DATE;
import static com.aftersales.bpm.parts.PartsVariables.PROMISED_DEADLINE;
import static com.aftersales.bpm.parts.PartsVariables.REPORTED_AT;
import static com.aftersales.bpm.parts.PartsVariables.TWICE_PROMISED_AT;
import static com.aftersales.bpm.parts.PartsVariables.WORST_CASE_DATE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Completion listener of "set the customer's expectation" (not an end listener: a task that is
 * cancelled has nothing to record, and must not be refused): the promised date passes at the end of that
 * day in the service centre's time zone; twice the promised wait is counted from the report. The
 * promise keeps SPEC 2.2's buffer ("low promise, high delivery"): not before the supplier's ETA,
 * and the worst case not before the promise, and not after the latest day the parts risk table allows
 * ({@link PromiseLimit}); otherwise the completion is refused, naming the field.
 */
@ModelBean("recordPromise")
public class RecordPromiseListener implements TaskListener {

  private final CentreTimeZone centre;
  private final Deadlines deadlines;

  public RecordPromiseListener(CentreTimeZone centre, Deadlines deadlines) {
    this.centre = centre;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    CommittedDay promised = CommittedDay.of(PROMISED_DATE, task, centre, "the promised date");
    checkBuffer(promised.day(), task);
    PromiseLimit.check(promised, PROMISED_DATE.name(), task, centre, deadlines);
    Instant deadline = promised.end();
    Instant reported = REPORTED_AT.get(task).toInstant();
    Duration promisedWait = Duration.between(reported, deadline);
    PROMISED_DEADLINE.set(task, Date.from(deadline));
    TWICE_PROMISED_AT.set(task, Date.from(reported.plus(promisedWait.multipliedBy(2))));
  }

  private static void checkBuffer(LocalDate promised, VariableScope order) {
    LocalDate eta = PromiseLimit.supplierEta(order).orElse(null);
    if (eta != null && promised.isBefore(eta)) {
      throw new FormRuleViolation("promisedDate: " + promised + " is before the supplier's ETA (" + eta
          + "); promise low, deliver high: a date with a buffer after the ETA");
    }
    String worstCase = WORST_CASE_DATE.optional(order).orElse(null);
    if (worstCase != null && !worstCase.isBlank() && LocalDate.parse(worstCase.substring(0, 10)).isBefore(promised)) {
      throw new FormRuleViolation("worstCaseDate: the worst case (" + worstCase.substring(0, 10)
          + ") is before the promised date (" + promised + ")");
    }
  }
}
