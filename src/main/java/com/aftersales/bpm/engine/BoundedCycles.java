package com.aftersales.bpm.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's calendar for timer cycles, bounded: a cycle fires at most once per {@code minimum}.
 * A cycle the deployment guard could not see (an expression, a decision's output) that would repeat
 * more often, such as R/PT1M where R/P1M (a month) was meant, fires every {@code minimum} instead,
 * with a warning that names it, so that no case floods people or the job table (ADR 25).
 */
final class BoundedCycles extends CycleBusinessCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(BoundedCycles.class);

  private final Duration minimum;

  BoundedCycles(Duration minimum) {
    this.minimum = minimum;
  }

  /** Every due date of a cycle comes through here: a timer's first, and each repeat's. */
  @Override
  public Date resolveDuedate(String cycle, Date startDate, long repeatOffset) {
    Date next = super.resolveDuedate(cycle, startDate, repeatOffset);
    Instant from = (startDate != null ? startDate : ClockUtil.getCurrentTime()).toInstant();
    boolean tooOften = next != null && TimerCycles.period(cycle, from).filter(p -> p.compareTo(minimum) < 0).isPresent();
    if (!tooOften) {
      return next;
    }
    Instant bounded = from.plus(minimum);
    LOG.warn("Timer cycle {} repeats more often than every {}: it fires at {} instead of {}", cycle, minimum,
        bounded, next.toInstant());
    return bounded.isAfter(next.toInstant()) ? Date.from(bounded) : next;
  }
}
