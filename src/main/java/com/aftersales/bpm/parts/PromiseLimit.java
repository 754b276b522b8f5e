package com.aftersales.bpm.parts;

import static com.aftersales.bpm.parts.PartsVariables.PROMISE_WITHIN;
import static com.aftersales.bpm.parts.PartsVariables.SUPPLIER_ETA;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.Deadlines;
import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.engine.EngineClock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The latest day a promise to the customer may name (SPEC 2.2, "low promise, high delivery"): the
 * parts risk table's {@code promiseWithin} after the later of today and the supplier's ETA. A day
 * far beyond it is no promise, and would move the order's watches (the promised date, twice the
 * promised wait) out of reach. An order whose table has no such output has no latest day.
 */
final class PromiseLimit {

  private PromiseLimit() {}

  /** Refuses {@code promised}, naming {@code field}, when it is after the latest day. */
  static void check(CommittedDay promised, String field, VariableScope order, CentreTimeZone centre,
      Deadlines deadlines) {
    String within = PROMISE_WITHIN.optional(order).orElse(null);
    if (within == null || within.isBlank()) {
      return;
    }
    LocalDate today = LocalDate.ofInstant(EngineClock.instant(), centre.zone());
    Optional<LocalDate> eta = supplierEta(order).filter(day -> day.isAfter(today));
    LocalDate from = eta.orElse(today);
    LocalDate latest = deadlines.dayAfter(from, within);
    if (promised.day().isAfter(latest)) {
      throw new FormRuleViolation(field + ": " + promised.day() + " is after " + latest + ", the latest promise the "
          + "parts risk table allows (" + within + " after " + (eta.isPresent() ? "the supplier's ETA, " : "today, ")
          + from + "); promise a day you can keep / 承诺日期不得晚于 " + latest);
    }
  }

  /** The supplier's ETA, which the intake keeps as the start of that day in UTC (PartShortageService). */
  static Optional<LocalDate> supplierEta(VariableScope order) {
    return SUPPLIER_ETA.optional(order).map(day -> day.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
  }
}
