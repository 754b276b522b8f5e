package com.aftersales.bpm.audit;

import static com.aftersales.bpm.audit.SlaVariables.SLA_BREACHED;
import static com.aftersales.bpm.audit.SlaVariables.SLA_BREACHES;


import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.TerminateEndEventActivityBehavior;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Timers that a process owner marks in the model with the extension property {@code sla} are SLA
 * deadlines. A deadline is missed when its work ends after it, whether or not its timer fired: the
 * case records {@code slaBreached = true} and counts it in {@code slaBreaches} when the timer fires,
 * or, when the timer has not fired (no job executor, a backlog), when the step the timer guards
 * ends after the timer's due date. Processes with such timers start with {@code slaBreached = false}.
 * No model needs a listener of its own, and marking a timer in Modeler is all it takes.
 */
public class SlaParseListener extends AbstractBpmnParseListener {

  /** The BPMN extension property that marks a timer as an SLA deadline; its value says which. */
  public static final String SLA_PROPERTY = "sla";

  private static final PropertyKey<String> SLA = new PropertyKey<>("aftersalesSla");

  private static final ExecutionListener RECORD_BREACH = execution -> recordBreach(execution);
  private static final ExecutionListener NO_BREACH_YET = execution -> {
    SLA_BREACHED.set(execution, false);
    SLA_BREACHES.set(execution, 0);
  };

  @Override
  public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    markIfSla(element, activity);
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    markIfSla(element, activity); // timer start events of event sub-processes, e.g. "promised date passed"
  }

  @Override
  public void parseProcess(Element element, ProcessDefinitionEntity process) {
    if (!slaTimers(process).isEmpty()) {
      process.addBuiltInListener(ExecutionListener.EVENTNAME_START, NO_BREACH_YET);
    }
    onMissedWithoutTimer(process, (execution, timerId) -> recordBreach(execution));
  }

  private static void markIfSla(Element element, ActivityImpl activity) {
    String sla = slaDeadline(element);
    if (sla != null) {
      activity.getProperties().set(SLA, sla);
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, RECORD_BREACH);
    }
  }

  private static void recordBreach(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    SLA_BREACHES.set(instance, SLA_BREACHES.optional(instance).orElse(0) + 1);
    SLA_BREACHED.set(instance, true);
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
   * Calls {@code missed} with the timer's id for every SLA deadline of the process that is missed
   * without its timer firing: the step the timer guards ends while the timer still waits although
   * its due date has passed. A timer that fired is gone (SLA timers fire once), so a deadline is
   * never counted twice. Called once the whole process is parsed, so every event scope is known.
   */
  public static void onMissedWithoutTimer(ProcessDefinitionEntity process, BiConsumer<DelegateExecution, String> missed) {
    for (ScopeImpl scope : guardedScopes(process)) {
      scope.addBuiltInListener(ExecutionListener.EVENTNAME_END,
          (ExecutionListener) execution -> lateTimers((ExecutionEntity) execution).forEach(id -> missed.accept(execution, id)));
      // a terminate end event ends its scope by interrupting it, which removes the scope's timers
      // before the scope's end listeners run: the flow into it judges them first
      for (ActivityImpl activity : scope.getActivities()) {
        if (activity.getActivityBehavior() instanceof TerminateEndEventActivityBehavior) {
          ExecutionListener beforeTerminating = execution -> {
            // the flow is taken by the scope's execution or, beside an event sub-process, a concurrent child of it
            ExecutionEntity taking = (ExecutionEntity) execution;
            lateTimers(taking.isScope() ? taking : taking.getParent()).forEach(id -> missed.accept(execution, id));
          };
          activity.getIncomingTransitions().forEach(flow -> ((TransitionImpl) flow)
              .addBuiltInListener(ExecutionListener.EVENTNAME_TAKE, beforeTerminating));
        }
      }
    }
  }

  /**
   * The steps whose end settles an SLA deadline: the activity a boundary timer is attached to, or
   * the scope an event sub-process with an SLA timer start event belongs to (its timer lives as long
   * as that scope).
   */
  private static Set<ScopeImpl> guardedScopes(ProcessDefinitionEntity process) {
    Set<ScopeImpl> scopes = new LinkedHashSet<>();
    slaTimers(process).forEach(timer -> scopes.add(timer.getEventScope()));
    return scopes;
  }

  /** The ids of the scope execution's SLA timers that still wait although their due date has passed. */
  private static List<String> lateTimers(ExecutionEntity scope) {
    Date now = ClockUtil.getCurrentTime();
    List<String> missed = new ArrayList<>();
    for (JobEntity job : scope.getJobs()) {
      if (job instanceof TimerEntity && job.getDuedate() != null && job.getDuedate().before(now)) {
        ActivityImpl timer = scope.getProcessDefinition().findActivity(job.getActivityId());
        if (timer != null && timer.getProperties().contains(SLA)) {
          missed.add(timer.getId());
        }
      }
    }
    return missed;
  }

  /** What a timer event marked {@code sla} promises; null for any other element (the SLA metrics use it too). */
  public static String slaDeadline(Element element) {
    return element.element("timerEventDefinition") == null ? null : slaOf(element);
  }

  static String slaOf(Element element) {
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
