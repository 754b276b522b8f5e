package com.aftersales.bpm.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The one engine plugin of the application (the Spring Boot starter picks up plugin beans): it
 * installs what every {@link EngineExtension} registers, in the order of the list, and tells them
 * when the engine is built. The process tests construct it in camunda.cfg.xml with their list.
 */
@Component
public class EngineHooksPlugin extends AbstractProcessEnginePlugin {

  private final List<EngineExtension> extensions;
  private final AtomicReference<ProcessEngine> built = new AtomicReference<>();

  public EngineHooksPlugin(List<EngineExtension> extensions) {
    this.extensions = List.copyOf(extensions);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineHooks hooks = new EngineHooks();
    extensions.forEach(extension -> extension.configure(hooks));
    if (!hooks.caseWatchers.isEmpty() || !hooks.userTaskListeners.isEmpty()) {
      if (configuration.getCustomPostBPMNParseListeners() == null) {
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
      }
      configuration.getCustomPostBPMNParseListeners().add(new SlaTimers(hooks.caseWatchers, hooks.userTaskListeners));
    }
    if (!hooks.caseEventListeners.isEmpty()) {
      if (configuration.getCustomHistoryEventHandlers() == null) {
        configuration.setCustomHistoryEventHandlers(new ArrayList<>());
      }
      configuration.getCustomHistoryEventHandlers().add(new HistoryFeed(hooks.caseEventListeners));
    }
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new CommandBuffers.Factory());
    if (!hooks.occurrences.isEmpty()) {
      configuration.setMetricsRegistry(new MetricOccurrences(hooks.occurrences));
    }
    if (hooks.expressionBeans != null) {
      configuration.setBeans(hooks.expressionBeans);
    }
    if (!hooks.deploymentChecks.isEmpty()) {
      if (configuration.getCustomPreDeployers() == null) {
        configuration.setCustomPreDeployers(new ArrayList<>());
      }
      configuration.getCustomPreDeployers().add(new DeploymentChecks(hooks.deploymentChecks));
    }
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    // outermost: a completion that fails in the checks or in the engine because the case changed meanwhile
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new ConcurrentCompletions());
    if (!hooks.submissionChecks.isEmpty()) {
      configuration.getCustomPreCommandInterceptorsTxRequired().add(new TaskSubmissions(hooks.submissionChecks, built::get));
    }
    if (!hooks.startChecks.isEmpty()) {
      configuration.getCustomPreCommandInterceptorsTxRequired().add(new StartSubmissions(hooks.startChecks, built::get));
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    built.set(engine);
    extensions.forEach(extension -> extension.engineBuilt(engine));
  }
}
