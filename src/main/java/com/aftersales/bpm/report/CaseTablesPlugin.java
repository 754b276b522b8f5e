package com.aftersales.bpm.report;

import com.aftersales.bpm.engine.EngineExtension;
import com.aftersales.bpm.engine.EngineHooks;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wires the report's {@link CaseTable}s into the engine: {@link CaseTableFeed} beside the engine's
 * own history writer, and {@link CaseTableReconciler} once the engine is built (before the job
 * executor or any request can change a case) and every night after the history cleanup window.
 */
@Component
public class CaseTablesPlugin implements EngineExtension {

  private final List<CaseTable> tables;
  private CaseTableReconciler reconciler;

  public CaseTablesPlugin(RescueCaseTable rescues, PartsOrderTable partsOrders, RedAlertTable redAlerts) {
    this.tables = List.of(rescues, partsOrders, redAlerts);
  }

  @Override
  public void configure(EngineHooks hooks) {
    hooks.caseEventListener(new CaseTableFeed(tables));
  }

  @Override
  public void engineBuilt(ProcessEngine engine) {
    reconciler = new CaseTableReconciler(engine.getHistoryService(), tables);
    reconciler.reconcile();
  }

  @Scheduled(cron = "${aftersales.report.reconcile-cron}")
  public void reconcileNightly() {
    if (reconciler != null) {
      reconciler.reconcile();
    }
  }
}
