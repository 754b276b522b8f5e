package com.aftersales.bpm.report;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wires the report's {@link CaseTable}s into the engine: {@link CaseTableFeed} beside the engine's
 * own history writer, and {@link CaseTableReconciler} once the engine is built (before the job
 * executor or any request can change a case) and every night after the history cleanup window.
 */
@Component
public class CaseTablesPlugin extends AbstractProcessEnginePlugin {

  private final List<CaseTable> tables;
  private CaseTableReconciler reconciler;

  public CaseTablesPlugin(RescueCaseTable rescues, PartsOrderTable partsOrders, RedAlertTable redAlerts) {
    this.tables = List.of(rescues, partsOrders, redAlerts);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(new CaseTableFeed(tables));
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new CaseRowWrites.Factory());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
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
