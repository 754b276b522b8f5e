package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.FormRuleViolation;
import static com.aftersales.bpm.parts.PartsVariables.PROMISED_DATE;
import static com.aftersales.bpm.parts.PartsVariables.PROMISED_DEADLINE;
import static com.aftersales.bpm.parts.PartsVariables.REPORTED_AT;
import static com.aftersales.bpm.parts.PartsVariables.TWICE_PROMISED_AT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * End listener of "set the customer's expectation": the promised date passes at the end of that
 * day in the service centre's time zone; twice the promised wait is counted from the report.
 */
@ModelBean("recordPromise")
public class RecordPromiseListener implements ExecutionListener {

  private final CentreTimeZone centre;

  public RecordPromiseListener(CentreTimeZone centre) {
    this.centre = centre;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String promised = PROMISED_DATE.optional(execution).orElse(null);
    if (promised == null || promised.isBlank()) {
      throw new FormRuleViolation("The promised date is missing");
    }
    Instant deadline = centre.endOfDay(promised);
    Instant reported = REPORTED_AT.get(execution).toInstant();
    Duration promisedWait = Duration.between(reported, deadline);
    PROMISED_DEADLINE.set(execution, Date.from(deadline));
    TWICE_PROMISED_AT.set(execution, Date.from(reported.plus(promisedWait.multipliedBy(2))));
  }
}
