package com.aftersales.bpm.security.models;

import com.aftersales.bpm.engine.TimerCycles;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads a BPMN or DMN file as XML and lists what a deployed model may not contain: scripts, Java
 * classes, connectors, the engine's built-in task types (a shell command, mail), embedded forms,
 * expressions outside {@link ExpressionCheck}'s bounds, a loop count beyond {@link LoopCount}, a
 * loop that never waits ({@link WaitlessLoops}), decision expressions in any language but FEEL, a
 * history time to live shorter than the organisation keeps its cases' history, a timer cycle
 * written out that repeats too often, and a retry cycle of its own (a timer too). Each finding names the element it is in. The engine reads
 * the legacy Activiti namespace's extensions as its own, so it is checked as Camunda's.
 */
public final class ModelContentCheck {

  /** One refused part of a model. */
  public record Finding(String elementId, String message) {}

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  /** The engine's BpmnParse takes camunda:… extensions under this namespace too (activiti:class, activiti:type). */
  private static final String ACTIVITI_NS = "http://activiti.org/bpmn";
  private static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";
  /** camunda:historyTimeToLive in days, as the engine reads it: "1095" or "P1095D". */
  private static final Pattern DAYS = Pattern.compile("(\\d{1,9})|P(\\d{1,9})D");
  private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "formHandlerClass", "variableMappingClass");
  private static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/feel/20140401",
      "https://www.omg.org/spec/dmn/20191111/feel/");
  /** Text for people, which the engine never evaluates. */
  private static final Set<String> PROSE = Set.of("documentation", "text");
  private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");

  private final ExpressionCheck expressions;
  private final int minimumHistoryDays;
  private final Duration minimumTimerCycle;

  /**
   * @param minimumHistoryDays the shortest history time to live a model may set (auditors read the cases)
   * @param minimumTimerCycle the shortest time between two firings of a timer cycle written in a model
   */
  public ModelContentCheck(ExpressionCheck expressions, int minimumHistoryDays, Duration minimumTimerCycle) {
    this.expressions = expressions;
    this.minimumHistoryDays = minimumHistoryDays;
    this.minimumTimerCycle = minimumTimerCycle;
  }

  public List<Finding> bpmn(byte[] xml) {
    List<Finding> findings = new ArrayList<>();
    Element definitions = parse(xml);
    walk(definitions, false, findings);
    findings.addAll(WaitlessLoops.in(definitions, minimumTimerCycle));
    return findings;
  }

  public List<Finding> dmn(byte[] xml) {
    List<Finding> findings = new ArrayList<>();
    walk(parse(xml), true, findings);
    return findings;
  }

  private void walk(Element element, boolean decision, List<Finding> findings) {
    elementProblem(element, decision).or(() -> LoopCount.problem(element)).or(() -> RetryCycle.problem(element))
        .ifPresent(m -> findings.add(new Finding(idOf(element), m)));
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      attributeProblem(attribute, decision).ifPresent(m -> findings.add(new Finding(idOf(element), m)));
    }
    // a decision's <text> is FEEL the engine evaluates; a process's is a text annotation
    boolean prose = PROSE.contains(element.getLocalName()) && !(decision && "text".equals(element.getLocalName()));
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element nested) {
        walk(nested, decision, findings);
      } else if (!prose && child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        textProblem(child.getNodeValue(), decision).ifPresent(m -> findings.add(new Finding(idOf(element), m)));
        cycleProblem(element, child.getNodeValue(), decision).ifPresent(m -> findings.add(new Finding(idOf(element), m)));
      }
    }
  }

  /**
   * A timer cycle written out (a process's timeCycle, or a decision's output such as "R/P1D") that
   * repeats more often than the minimum: most often PT1M (a minute) where P1M (a month) was meant.
   * A cycle from an expression is bounded when it runs (engine/BoundedCycles).
   */
  private Optional<String> cycleProblem(Element element, String text, boolean decision) {
    String cycle = text == null ? "" : text.strip();
    if (decision) {
      boolean output = element.getParentNode() instanceof Element parent && "outputEntry".equals(parent.getLocalName());
      if (!output || !cycle.matches("\"R\\d*/[^\"]*\"")) {
        return Optional.empty();
      }
      cycle = cycle.substring(1, cycle.length() - 1);
    } else if (!"timeCycle".equals(element.getLocalName()) || cycle.contains("${") || cycle.contains("#{")) {
      return Optional.empty();
    }
    String written = cycle;
    return TimerCycles.period(cycle, Instant.now()).filter(period -> period.compareTo(minimumTimerCycle) < 0)
        .map(period -> "repeats its timer cycle " + written + " every " + period + "; a cycle repeats at most every "
            + minimumTimerCycle + " (aftersales.models.minimum-timer-cycle)"
            + (written.contains("PT") && written.endsWith("M") ? ": a month is P1M, PT1M is a minute" : ""));
  }

  private static Optional<String> elementProblem(Element element, boolean decision) {
    String name = element.getLocalName();
    if ("scriptTask".equals(name) || ("script".equals(name) && extension(element.getNamespaceURI()))) {
      return Optional.of("contains a script; scripts are not allowed in deployed models");
    }
    if ("connector".equals(name) && extension(element.getNamespaceURI())) {
      return Optional.of("uses a connector; call out through a service task of the application instead");
    }
    if (!decision && element.hasAttribute("language")) {
      return Optional.of("has a script condition (language '" + element.getAttribute("language")
          + "'); use an expression ${…} instead");
    }
    return Optional.empty();
  }

  private Optional<String> attributeProblem(Attr attribute, boolean decision) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String value = attribute.getValue();
    if (extension(attribute.getNamespaceURI())) {
      if (CLASS_ATTRIBUTES.contains(name)) {
        return Optional.of("names the Java class '" + value + "' (camunda:" + name
            + "); use a delegate expression of the application instead");
      }
      if ("type".equals(name)) {
        return Optional.of("is a built-in task of type '" + value + "' (camunda:type: a shell command, mail or an "
            + "external worker); use a delegate expression of the application instead");
      }
      if ("resource".equals(name)) {
        return Optional.of("loads an external resource (camunda:resource)");
      }
      if ("formKey".equals(name) && !value.startsWith("camunda-forms:")) {
        return Optional.of("uses an embedded or external form (camunda:formKey); use a Camunda Form (camunda:formRef)");
      }
    }
    if ("historyTimeToLive".equals(name) && (extension(attribute.getNamespaceURI())
        || CAMUNDA_DMN_NS.equals(attribute.getNamespaceURI()))) {
      return tooShortHistory(value.strip());
    }
    if (decision && "expressionLanguage".equals(name) && !FEEL.contains(value.toLowerCase(Locale.ROOT))) {
      return Optional.of("uses the expression language '" + value + "'; decision tables must use FEEL");
    }
    return textProblem(value, decision);
  }

  private Optional<String> textProblem(String text, boolean decision) {
    if (text == null) {
      return Optional.empty();
    }
    if (decision) {
      return EXTERNAL_FUNCTION.matcher(text).find()
          ? Optional.of("defines an external (Java) function in FEEL") : Optional.empty();
    }
    if (!text.contains("${") && !text.contains("#{")) {
      return Optional.empty();
    }
    return expressions.problem(text.strip()).map(reason -> "has the expression '" + text.strip() + "', which " + reason);
  }

  /** A time to live the engine would take as fewer days than the minimum (anything else it judges itself). */
  private Optional<String> tooShortHistory(String value) {
    Matcher days = DAYS.matcher(value);
    if (!days.matches() || Long.parseLong(days.group(1) != null ? days.group(1) : days.group(2)) >= minimumHistoryDays) {
      return Optional.empty();
    }
    return Optional.of("keeps its history " + value + " days (camunda:historyTimeToLive); cases' history is kept"
        + " at least " + minimumHistoryDays + " days for the auditors (aftersales.history.minimum-days)");
  }

  /** Whether the engine reads this namespace's attributes and elements as its extensions. */
  static boolean extension(String namespace) {
    return CAMUNDA_NS.equals(namespace) || ACTIVITI_NS.equals(namespace);
  }

  private static String idOf(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (e.hasAttribute("id")) {
        return e.getAttribute("id");
      }
    }
    return "(definitions)";
  }

  private static Element parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    } catch (Exception e) {
      throw new IllegalArgumentException("is not well-formed XML without a DOCTYPE: " + e.getMessage(), e);
    }
  }
}
