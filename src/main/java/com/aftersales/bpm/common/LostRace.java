package com.aftersales.bpm.common;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Whether an engine failure means that another change of the same case came first, so that the
 * same request, run again in a new transaction, finds the case as that change left it: its lock
 * ({@link OptimisticLockingException}), or a wait it was about to take gone by the time it took it.
 * The engine finds a message's wait twice in one correlation; on PostgreSQL the second look can
 * see the other change committed and fail with a plain {@link ProcessEngineException}, which only
 * its text tells apart (seen in {@code PostRepairSurveyRaceApiTest}).
 */
public final class LostRace {

  private static final String WAIT_GONE = "does not have a subscription to a message event";

  private LostRace() {}

  public static boolean is(RuntimeException failure) {
    return failure instanceof OptimisticLockingException || failure instanceof MismatchingMessageCorrelationException
        || failure instanceof ProcessEngineException && failure.getMessage() != null
        && failure.getMessage().contains(WAIT_GONE);
  }
}
