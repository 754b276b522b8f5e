package com.aftersales.bpm.operations;

import io.micrometer.core.instrument.MeterRegistry;
import com.aftersales.bpm.engine.EngineExtension;
import com.aftersales.bpm.engine.EngineHooks;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives the engine what the Prometheus scrape reads from it: {@link CaseMetrics} on every model
 * and {@link EngineJobCounts} on the engine's own metrics.
 */
@Component
public class OperationsPlugin implements EngineExtension {

  private static final Logger LOG = LoggerFactory.getLogger(OperationsPlugin.class);

  private final MeterRegistry meters;

  public OperationsPlugin(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void configure(EngineHooks hooks) {
    hooks.caseWatcher(new CaseMetrics(meters));
    hooks.metricOccurrences(new EngineJobCounts(meters));
  }

  /**
   * After a restart the engine parses a model only when a case first needs it: loading the latest
   * version of each now registers its counters, so every series is scraped from the start. A model
   * that no longer loads does not stop the start here; its first case will say why.
   */
  @Override
  public void engineBuilt(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      try {
        repository.getProcessDefinition(definition.getId());
      } catch (RuntimeException notLoadable) {
        LOG.warn("Process definition {} did not load; its metrics appear with its first case: {}",
            definition.getId(), notLoadable.getMessage());
      }
    }
  }
}
