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
    int filled = 0;
    for (int i = 0; i < missing.size(); i += BATCH) {
      filled += fill(missing.subList(i, Math.min(missing.size(), i + BATCH)));
    }
    int removed = table.removeRowsWithoutHistory();
    Result result = new Result(filled, removed);
    LOG.info("rescue_case reconciled with history in {} ms: {} rows filled, {} removed",
        (System.nanoTime() - started) / 1_000_000, result.filled(), result.removed());
    return result;
  }

  /** One odd case must not keep the application from starting: it is logged and tried again next time. */
  private int fill(List<String> ids) {
    try {
      RescueCaseHistory.read(history, ids).forEach(table::insert);
      return ids.size();
    } catch (RuntimeException batchFailed) {
      int filled = 0;
      for (String id : ids) {
        try {
          RescueCaseHistory.read(history, List.of(id)).forEach(table::insert);
          filled++;
        } catch (RuntimeException e) {
          LOG.error("rescue_case: rescue {} could not be read from history and is left out of the report", id, e);
        }
      }
      return filled;
    }
  }
}
