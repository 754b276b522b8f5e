package com.aftersales.bpm.operations;

import io.micrometer.core.instrument.Counter;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Counts what the engine did only once its transaction has committed: a start or a timer whose
 * transaction rolls back (a failed intake, a failed step after a timer, a retried job) counts nothing.
 */
final class AfterCommit {

  private AfterCommit() {}

  static void increment(Counter counter) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      counter.increment();
      return;
    }
    command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> counter.increment());
  }
}
