package com.aftersales.bpm.report;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings rescue_case in line with the engine's history: fills the rows of rescues that ran before
 * the table existed (once, on the first start of a version with it), and removes the rows whose
 * case the history cleanup has removed, so the report keeps no customer longer than the history does.
 */
public class RescueCaseReconciler {

  private static final Logger LOG = LoggerFactory.getLogger(RescueCaseReconciler.class);
  private static final int BATCH = 500;

  private final HistoryService history;
  private final RescueCaseTable table;

  public RescueCaseReconciler(HistoryService history, RescueCaseTable table) {
    this.history = history;
    this.table = table;
  }

  /** What one run changed. */
  public record Result(int filled, int removed) {}

  public Result reconcile() {
    long started = System.nanoTime();
    List<String> missing = table.rescuesWithoutRow();
    if (!missing.isEmpty()) {
      LOG.info("rescue_case: filling {} rescues from the engine's history", missing.size());
    }
    // in batches, each committed, so an interrupted fill goes on where it stopped at the next start
    for (int i = 0; i < missing.size(); i += BATCH) {
      RescueCaseHistory.read(history, missing.subList(i, Math.min(missing.size(), i + BATCH))).forEach(table::insert);
    }
    int removed = table.removeRowsWithoutHistory();
    Result result = new Result(missing.size(), removed);
    LOG.info("rescue_case reconciled with history in {} ms: {} rows filled, {} removed",
        (System.nanoTime() - started) / 1_000_000, result.filled(), result.removed());
    return result;
  }
}
