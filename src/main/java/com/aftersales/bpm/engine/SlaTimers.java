package com.aftersales.bpm.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.IntermediateCatchEventActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.TerminateEndEventActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.core.model.PropertyKey;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Reads every deployed model for the {@link CaseWatcher}s and adds the user-task listeners of
 * {@link EngineHooks}. Timers a process owner marks with the extension property {@code sla} are
 * SLA deadlines. A deadline is missed when its work ends after it, whether or not its timer fired:
 * when the timer fires, or, when it has not fired (no job executor, a backlog), when the step the
 * timer guards ends after the timer's due date. A timer that fired is gone (SLA timers fire once),
 * so a deadline is never counted twice. No model needs a listener of its own.
 */
final class SlaTimers extends AbstractBpmnParseListener {

  /** The BPMN extension property that marks a timer as an SLA deadline; its value says which. */
  public static final String SLA_PROPERTY = "sla";
  private static final PropertyKey<String> SLA = new PropertyKey<>("aftersalesSla");

  private final List<CaseWatcher> watchers;
  private final List<EngineHooks.UserTaskListener> userTaskListeners;

  SlaTimers(List<CaseWatcher> watchers, List<EngineHooks.UserTaskListener> userTaskListeners) {
    this.watchers = List.copyOf(watchers);
    this.userTaskListeners = List.copyOf(userTaskListeners);
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      userTaskListeners.forEach(added -> userTask.getTaskDefinition().addBuiltInTaskListener(added.event(), added.listener()));
    }
  }

  @Override
  public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    markIfSla(element, activity);
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    markIfSla(element, activity); // timer start events of event sub-processes, e.g. "promised date passed"
  }

  @Override
  public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    mark(element, activity); // e.g. "new promised date passed": it fires as the flow leaves it (parseProcess)
  }

  @Override
  public void parseProcess(Element element, ProcessDefinitionEntity process) {
    String key = process.getKey();
    List<String> timers = slaTimers(process).stream().map(ActivityImpl::getId).toList();
    watchers.forEach(watcher -> watcher.modelParsed(key, timers));
    // an intermediate timer is reached before it fires: its deadline is missed as its flow leaves it
    for (ActivityImpl timer : slaTimers(process)) {
      if (isIntermediate(timer)) {
        timer.getOutgoingTransitions().forEach(flow -> ((TransitionImpl) flow).addBuiltInListener(
            ExecutionListener.EVENTNAME_TAKE, (ExecutionListener) execution -> missed(execution, key, List.of(timer.getId()))));
      }
    }
    process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
        watchers.forEach(watcher -> watcher.caseStarted(execution, key, !timers.isEmpty())));
    for (ScopeImpl scope : guardedScopes(process)) {
      scope.addBuiltInListener(ExecutionListener.EVENTNAME_END,
          (ExecutionListener) execution -> missed(execution, key, lateTimers((ExecutionEntity) execution)));
      // a terminate end event ends its scope by interrupting it, which removes the scope's timers
      // before the scope's end listeners run: the flow into it judges them first
      for (ActivityImpl activity : scope.getActivities()) {
        if (activity.getActivityBehavior() instanceof TerminateEndEventActivityBehavior) {
          ExecutionListener beforeTerminating = execution -> {
            // the flow is taken by the scope's execution or, beside an event sub-process, a concurrent child of it
            ExecutionEntity taking = (ExecutionEntity) execution;
            missed(execution, key, lateTimersWithin(taking.isScope() ? taking : taking.getParent()));
          };
          activity.getIncomingTransitions().forEach(flow -> ((TransitionImpl) flow)
              .addBuiltInListener(ExecutionListener.EVENTNAME_TAKE, beforeTerminating));
        }
      }
    }
  }

  /** A boundary or start event starts when its timer fires. */
  private void markIfSla(Element element, ActivityImpl activity) {
    if (mark(element, activity)) {
      String key = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
      String timerId = activity.getId();
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
          (ExecutionListener) execution -> missed(execution, key, List.of(timerId)));
    }
  }

  /** Marks a timer event with the property {@code sla} as an SLA deadline; whether it is one. */
  private static boolean mark(Element element, ActivityImpl activity) {
    String sla = element.element("timerEventDefinition") == null ? null : slaOf(element);
    if (sla != null) {
      activity.getProperties().set(SLA, sla);
    }
    return sla != null;
  }

  private static boolean isIntermediate(ActivityImpl timer) {
    return timer.getActivityBehavior() instanceof IntermediateCatchEventActivityBehavior;
  }

  private void missed(DelegateExecution execution, String key, List<String> timerIds) {
    timerIds.forEach(id -> watchers.forEach(watcher -> watcher.slaMissed(execution, key, id)));
  }

  /** The SLA timers of a process, at any depth. */
  private static List<ActivityImpl> slaTimers(ScopeImpl scope) {
    List<ActivityImpl> timers = new ArrayList<>();
    for (ActivityImpl activity : scope.getActivities()) {
      if (activity.getProperties().contains(SLA)) {
        timers.add(activity);
      }
      timers.addAll(slaTimers(activity));
    }
    return timers;
  }

  /**
   * The steps whose end settles an SLA deadline: the activity a boundary timer is attached to, or
   * the scope an event sub-process with an SLA timer start event belongs to. An intermediate timer
   * is its own scope, which ends as it fires (its flow counts that) or as an enclosing scope is
   * ended (the flow into a terminate end event counts a late one, see {@link #lateTimersWithin}).
   */
  private static Set<ScopeImpl> guardedScopes(ProcessDefinitionEntity process) {
    Set<ScopeImpl> scopes = new LinkedHashSet<>();
    slaTimers(process).stream().filter(timer -> !isIntermediate(timer)).forEach(timer -> scopes.add(timer.getEventScope()));
    return scopes;
  }

  /**
   * The late SLA timers of a scope execution, and the late intermediate ones below it. A step below
   * it with a boundary timer is not looked into: it judges its own timer as it is ended.
   */
  private static List<String> lateTimersWithin(ExecutionEntity scope) {
    List<String> missed = new ArrayList<>(lateTimers(scope));
    scope.getExecutions().forEach(child -> missed.addAll(lateIntermediateTimersWithin(child)));
    return missed;
  }

  private static List<String> lateIntermediateTimersWithin(ExecutionEntity execution) {
    List<String> missed = new ArrayList<>(lateTimers(execution, SlaTimers::isIntermediate));
    execution.getExecutions().forEach(child -> missed.addAll(lateIntermediateTimersWithin(child)));
    return missed;
  }

  private static List<String> lateTimers(ExecutionEntity scope) {
    return lateTimers(scope, timer -> true);
  }

  /** The ids of the scope execution's SLA timers that still wait although their due date has passed. */
  private static List<String> lateTimers(ExecutionEntity scope, Predicate<ActivityImpl> which) {
    Date now = EngineClock.now();
    List<String> missed = new ArrayList<>();
    for (JobEntity job : scope.getJobs()) {
      if (job instanceof TimerEntity && job.getDuedate() != null && job.getDuedate().before(now)) {
        ActivityImpl timer = scope.getProcessDefinition().findActivity(job.getActivityId());
        if (timer != null && timer.getProperties().contains(SLA) && which.test(timer)) {
          missed.add(timer.getId());
        }
      }
    }
    return missed;
  }

  private static String slaOf(Element element) {
    Element extensions = element.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return null;
    }
    return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
        .filter(property -> SLA_PROPERTY.equals(property.attribute("name")))
        .map(property -> property.attribute("value")).findFirst().orElse(null);
  }
}
