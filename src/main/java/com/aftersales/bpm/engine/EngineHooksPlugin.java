package com.aftersales.bpm.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
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
      list(configuration::getCustomPostBPMNParseListeners, configuration::setCustomPostBPMNParseListeners)
          .add(new SlaTimers(hooks.caseWatchers, hooks.userTaskListeners));
    }
    if (hooks.maximumCallDepth > 0) {
      list(configuration::getCustomPostBPMNParseListeners, configuration::setCustomPostBPMNParseListeners)
          .add(new CallDepth(hooks.maximumCallDepth));
    }
    if (!hooks.caseEventListeners.isEmpty()) {
      list(configuration::getCustomHistoryEventHandlers, configuration::setCustomHistoryEventHandlers)
          .add(new HistoryFeed(hooks.caseEventListeners));
    }
    list(configuration::getCustomSessionFactories, configuration::setCustomSessionFactories)
        .add(new CommandBuffers.Factory());
    if (configuration.getDmnEngineConfiguration() == null) {
      configuration.setDmnEngineConfiguration(
          (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
    }
    ParsedOnceFeel.install(configuration.getDmnEngineConfiguration()); // decision tables parse each cell once
    // tasks grant their candidates the runtime task only, also with historic instance permissions on;
    // a user may read and update their own account, not delete it
    configuration.setResourceAuthorizationProvider(new DefaultGrants());
    if (!hooks.occurrences.isEmpty()) {
      configuration.setMetricsRegistry(new MetricOccurrences(hooks.occurrences));
    }
    if (hooks.minimumTimerCycle != null) {
      MapBusinessCalendarManager calendars = new MapBusinessCalendarManager(); // the engine's own three, cycles bounded
      calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
      calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
      calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new BoundedCycles(hooks.minimumTimerCycle));
      configuration.setBusinessCalendarManager(calendars);
    }
    if (hooks.expressionBeans != null) {
      configuration.setBeans(hooks.expressionBeans);
    }
    if (!hooks.deploymentChecks.isEmpty()) {
      list(configuration::getCustomPreDeployers, configuration::setCustomPreDeployers)
          .add(new DeploymentChecks(hooks.deploymentChecks));
    }
    List<CommandInterceptor> interceptors = list(configuration::getCustomPreCommandInterceptorsTxRequired,
        configuration::setCustomPreCommandInterceptorsTxRequired);
    // outermost: a completion that fails in the checks or in the engine because the case changed meanwhile
    interceptors.add(new ConcurrentCompletions());
    interceptors.add(new EmptyNotInLists(built::get)); // the engine's own query fault, whatever the hooks
    if (hooks.boundTaskWork) { // with the groups the user is in now; who may act on the task, before what they submit
      interceptors.add(new CurrentGroups(built::get));
      interceptors.add(new TaskWorkBounds(built::get));
    }
    if (hooks.notesByTaskWorkers) { // after CurrentGroups: judged with the groups the user is in now
      interceptors.add(new TaskNotes(built::get));
    }
    if (hooks.guardJobs) {
      interceptors.add(new StandaloneJobs(built::get));
      interceptors.add(new RefusedJobRuns(built::get));
    }
    if (!hooks.submissionChecks.isEmpty()) {
      interceptors.add(new TaskSubmissions(hooks.submissionChecks, built::get));
    }
    if (!hooks.startChecks.isEmpty()) {
      interceptors.add(new StartSubmissions(hooks.startChecks, built::get));
    }
    if (hooks.adminSetsEmails) {
      interceptors.add(new OwnEmailCheck(built::get));
    }
    if (hooks.membershipsOnce) {
      interceptors.add(new MembershipsOnce(built::get));
    }
    if (hooks.identityChecks) { // the lengths first: they need no query
      interceptors.add(new IdentityValueLengths(built::get));
      interceptors.add(new DistinctIdentityIds(built::get));
      interceptors.add(new AuthorizationsOnce(built::get));
    }
    if (!hooks.keptGroups.isEmpty()) {
      interceptors.add(new KeptGroups(hooks.keptGroups, built::get));
    }
    if (!hooks.membershipEndListeners.isEmpty() || !hooks.accountDeletedListeners.isEmpty()) {
      // inside the command context: in the removal's transaction
      list(configuration::getCustomPostCommandInterceptorsTxRequired,
          configuration::setCustomPostCommandInterceptorsTxRequired)
          .add(new MembershipEnds(hooks.membershipEndListeners, hooks.accountDeletedListeners, built::get));
    }
  }

  /** One of the configuration's lists of custom parts, set to a new one when it has none yet. */
  private static <T> List<T> list(Supplier<List<T>> current, Consumer<List<T>> set) {
    if (current.get() == null) {
      set.accept(new ArrayList<>());
    }
    return current.get();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    built.set(engine);
    extensions.forEach(extension -> extension.engineBuilt(engine));
  }
}
