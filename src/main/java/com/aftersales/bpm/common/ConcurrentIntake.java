package com.aftersales.bpm.common;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Two identical intakes (a survey, a shortage report) in flight at once both find no intake
 * record and both start a process; the second insert of the intake record then fails on its
 * primary key (PostgreSQL makes it wait until the first commits), which rolls back its
 * transaction and its process instance. Run once more, the loser finds the winner's record and
 * answers as for a repeat: the first answer, or 409 when its content differs.
 *
 * <p>An intake that hands its event to a running case (a survey to the repaired order waiting for
 * it) may lose the engine's optimistic lock against another change of that case (a second survey
 * at the same moment, the order's own timer), or find the wait it saw gone when it hands the event
 * over: rolled back whole, it is run again, and finds the case
 * as the other change left it (503 if it keeps losing). Outside systems do not retry.
 */
public final class ConcurrentIntake {

  private static final Logger LOG = LoggerFactory.getLogger(ConcurrentIntake.class);
  /** A few: only another change of the same case at the same moment makes an attempt fail. */
  private static final int ATTEMPTS = 5;

  private ConcurrentIntake() {}

  /** Runs the intake (a transaction of its own), once more if a concurrent one recorded the same key or changed its case. */
  public static <T> T receive(Supplier<T> intake) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("an intake retried inside a transaction would not see the other's record");
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return intake.get();
      } catch (IntakeRecords.ReceivedConcurrently e) {
        LOG.info("{}; answering as for a repeat", e.getMessage());
        return intake.get();
      } catch (RuntimeException failure) {
        if (!LostRace.is(failure)) {
          throw failure;
        }
        LOG.info("An intake lost a race against a change of its case (attempt {}): {}", attempt, failure.getMessage());
        if (attempt == ATTEMPTS) {
          throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, null,
              "The case this concerns is being changed right now; send it again");
        }
      }
    }
  }
}
