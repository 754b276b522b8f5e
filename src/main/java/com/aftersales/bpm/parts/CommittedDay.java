package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.FormDay;
import com.aftersales.bpm.common.ProcessVariable;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A day someone committed to in a form's date field ({@code yyyy-MM-dd}): it passes at the end of
 * that day in the centre's time zone. A missing day or one that is not a date is refused naming the
 * field, before anything changes ({@link FormDay}).
 */
record CommittedDay(Instant end, LocalDate day) {

  static CommittedDay of(ProcessVariable<String> field, VariableScope scope, CentreTimeZone centre, String what) {
    Instant end = centre.endOfDay(FormDay.of(field, scope, what).toString());
    return new CommittedDay(end, LocalDate.ofInstant(end.minusNanos(1), centre.zone()));
  }
}
