package com.aftersales.bpm.common;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Two identical intakes (a survey, a shortage report) in flight at once both find no intake
 * record and both start a process; the second insert of the intake record then fails on its
 * primary key (PostgreSQL makes it wait until the first commits), which rolls back its
 * transaction and its process instance. Run once more, the loser finds the winner's record and
 * answers as for a repeat: the first answer, or 409 when its content differs.
 */
public final class ConcurrentIntake {

  private static final Logger LOG = LoggerFactory.getLogger(ConcurrentIntake.class);

  private ConcurrentIntake() {}

  /** Runs the intake (a transaction of its own), and once more if a concurrent one recorded the same key. */
  public static <T> T receive(Supplier<T> intake) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("an intake retried inside a transaction would not see the other's record");
    }
    try {
      return intake.get();
    } catch (IntakeRecords.ReceivedConcurrently e) {
      LOG.info("{}; answering as for a repeat", e.getMessage());
      return intake.get();
    }
  }
}
