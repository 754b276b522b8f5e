package com.aftersales.bpm.report;

import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wires rescue_case into the engine: {@link RescueCaseFeed} beside the engine's own history writer,
 * and {@link RescueCaseReconciler} once the engine is built (before the job executor or any request
 * can change a case) and every night after the history cleanup window.
 */
@Component
public class RescueCaseTablePlugin extends AbstractProcessEnginePlugin {

  private final RescueCaseTable table;
  private RescueCaseReconciler reconciler;

  public RescueCaseTablePlugin(RescueCaseTable table) {
    this.table = table;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(new RescueCaseFeed(table));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    reconciler = new RescueCaseReconciler(engine.getHistoryService(), table);
    reconciler.reconcile();
  }

  @Scheduled(cron = "${aftersales.report.reconcile-cron}")
  public void reconcileNightly() {
    if (reconciler != null) {
      reconciler.reconcile();
    }
  }
}
