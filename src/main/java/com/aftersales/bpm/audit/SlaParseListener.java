package com.aftersales.bpm.audit;

import static com.aftersales.bpm.audit.SlaVariables.SLA_BREACHED;
import static com.aftersales.bpm.audit.SlaVariables.SLA_BREACHES;
import static com.aftersales.bpm.audit.SlaVariables.SLA_PROPERTY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.core.model.PropertyKey;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Timers that a process owner marks in the model with the extension property {@code sla} are SLA
 * deadlines: when one fires, the case records {@code slaBreached = true} and counts it, so the
 * history search can filter on it. Processes with such timers start with {@code slaBreached = false}.
 * No model needs a listener of its own, and marking a timer in Modeler is all it takes.
 */
public class SlaParseListener extends AbstractBpmnParseListener {

  private static final PropertyKey<String> SLA = new PropertyKey<>("aftersalesSla");

  private static final ExecutionListener RECORD_BREACH = SlaParseListener::recordBreach;
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
    if (hasSla(process)) {
      process.addBuiltInListener(ExecutionListener.EVENTNAME_START, NO_BREACH_YET);
    }
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
    Integer before = SLA_BREACHES.get(instance);
    SLA_BREACHES.set(instance, (before == null ? 0 : before) + 1);
    SLA_BREACHED.set(instance, true);
  }

  private static boolean hasSla(ScopeImpl scope) {
    return scope.getActivities().stream()
        .anyMatch(activity -> activity.getProperties().contains(SLA) || hasSla(activity));
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
