package com.aftersales.bpm.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Told what {@link SlaTimers} sees of every deployed process: its SLA timers when it is parsed,
 * each case's start, and each SLA deadline missed (its timer fired, or the step it guards ended
 * after the timer's due date without it firing).
 */
public interface CaseWatcher {

  /** The process was parsed; {@code slaTimerIds} are its timers marked {@code sla} (maybe none). */
  default void modelParsed(String processKey, List<String> slaTimerIds) {}

  /** A case of a process started, in the start's command. */
  default void caseStarted(DelegateExecution execution, String processKey, boolean hasSlaTimers) {}

  /** An SLA deadline of the case was missed, in the command that finds it. */
  default void slaMissed(DelegateExecution execution, String processKey, String timerId) {}
}
