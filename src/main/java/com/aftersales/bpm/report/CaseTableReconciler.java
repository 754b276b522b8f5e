package com.aftersales.bpm.report;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Brings the {@link CaseTable}s in line with the engine's history: fills the rows of cases that ran
 * before a table existed (once, on the first start of a version with it), and removes the rows whose
 * case the history cleanup has removed, so a report keeps no customer longer than the history does.
 */
public class CaseTableReconciler {

  private static final Logger LOG = LoggerFactory.getLogger(CaseTableReconciler.class);
  private static final int BATCH = 500;

  private final HistoryService history;
  private final List<CaseTable> tables;

  public CaseTableReconciler(HistoryService history, List<CaseTable> tables) {
    this.history = history;
    this.tables = tables;
  }

  /** What one run changed, over all tables. */
  public record Result(int filled, int removed) {}

  public Result reconcile() {
    int filled = 0;
    int removed = 0;
    for (CaseTable table : tables) {
      long started = System.nanoTime();
      List<String> missing = table.casesWithoutRow();
      if (!missing.isEmpty()) {
        LOG.info("{}: filling {} cases from the engine's history", table.processKey(), missing.size());
      }
      // in batches, each committed, so an interrupted fill goes on where it stopped at the next start
      int tableFilled = 0;
      for (int i = 0; i < missing.size(); i += BATCH) {
        tableFilled += fill(table, missing.subList(i, Math.min(missing.size(), i + BATCH)));
      }
      int tableRemoved = table.removeRowsWithoutHistory();
      LOG.info("{} table reconciled with history in {} ms: {} rows filled, {} removed", table.processKey(),
          (System.nanoTime() - started) / 1_000_000, tableFilled, tableRemoved);
      filled += tableFilled;
      removed += tableRemoved;
    }
    return new Result(filled, removed);
  }

  /** One odd case must not keep the application from starting: it is logged and tried again next time. */
  private int fill(CaseTable table, List<String> ids) {
    try {
      table.fillFromHistory(history, ids);
      return ids.size();
    } catch (RuntimeException batchFailed) {
      int filled = 0;
      for (String id : ids) {
        try {
          table.fillFromHistory(history, List.of(id));
          filled++;
        } catch (DuplicateKeyException filledByAnotherNode) {
          // every node of a cluster reconciles at its start and every night
          LOG.debug("{}: case {} was filled by another node", table.processKey(), id);
        } catch (RuntimeException e) {
          LOG.error("{}: case {} could not be read from history and is left out of the report", table.processKey(), id, e);
        }
      }
      return filled;
    }
  }
}
