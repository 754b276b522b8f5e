package com.aftersales.bpm.models;

import com.aftersales.bpm.support.CodeSources;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Finds every name a model or a form uses and reports those the code does not know, naming the
 * file, the element and the name. The rule (ADR 0017):
 * <ul>
 *   <li>BPMN: in every {@code ${…}} / {@code #{…}} expression of an attribute or a text (prose
 *       excepted), each name at the root of a path ({@code grade}, the {@code action} of
 *       {@code action.deadline}) is a variable of a typed catalog ({@code *Variables}), a
 *       {@code @ModelBean} name, or one the engine provides ({@link #ENGINE_NAMES}); each function
 *       is one of the engine's; the first argument of {@code execution|task.get/set/has/removeVariable(…)}
 *       is a catalog variable. The names a model declares without an expression are catalog
 *       variables too: {@code camunda:inputParameter}/{@code outputParameter} names, a
 *       multi-instance's {@code elementVariable}, a {@code resultVariable}, the {@code source} and
 *       {@code target} of {@code camunda:in}/{@code camunda:out}.</li>
 *   <li>DMN: each name in an input expression (FEEL) is a catalog variable.</li>
 *   <li>Forms: each component's {@code key} and {@code valuesKey}, and each name in a FEEL value
 *       ({@code "=…"}, e.g. {@code conditional.hide}) is a catalog variable; FEEL's own names
 *       (keywords, functions, context keys, loop variables, {@code item}) are not names.</li>
 * </ul>
 * No model declares a name of its own that the catalogs lack: a renamed variable cannot drift.
 */
final class ModelNames {

  /** One name the code does not know. */
  record Problem(String file, String element, String name, String why) {
    @Override
    public String toString() {
      return file + " · " + element + ": '" + name + "' " + why;
    }
  }

  /** Names the engine gives expressions: the scopes, a decision's result, a multi-instance's counters. */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "variableScope",
      "decisionResult", "loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");
  static final Set<String> ENGINE_FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
  private static final Set<String> VARIABLE_METHODS = Set.of("getVariable", "getVariableLocal", "getVariableTyped",
      "setVariable", "setVariableLocal", "hasVariable", "hasVariableLocal", "removeVariable", "removeVariableLocal");
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Set<String> PROSE = Set.of("documentation", "text");
  private final Set<String> variables;
  private final Set<String> beans;
  private final Builder parser = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  ModelNames(Set<String> variables, Set<String> beans) {
    this.variables = variables;
    this.beans = beans;
  }

  /** Every problem of the models and forms in these folders. */
  List<Problem> check(Path processes, Path forms) {
    List<Problem> problems = new ArrayList<>();
    CodeSources.files(processes.toString(), ".bpmn").forEach(file -> bpmn(file, problems));
    CodeSources.files(processes.toString(), ".dmn").forEach(file -> dmn(file, problems));
    CodeSources.files(forms.toString(), ".form").forEach(file -> form(file, problems));
    return problems;
  }

  private void bpmn(Path file, List<Problem> problems) {
    walk(CodeSources.xml(file).getDocumentElement(), file.getFileName().toString(), problems);
  }

  private void walk(Element element, String file, List<Problem> problems) {
    String where = idOf(element);
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (declaresName(element, attribute)) {
        variable(attribute.getValue(), file, where, problems);
      } else {
        expressions(attribute.getValue(), file, where, problems);
      }
    }
    for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element nested) {
        walk(nested, file, problems);
      } else if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE && !PROSE.contains(element.getLocalName())) {
        expressions(child.getNodeValue(), file, where, problems);
      }
    }
  }

  /** An attribute whose value is a variable's name, not an expression. */
  private static boolean declaresName(Element element, Attr attribute) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String tag = element.getLocalName();
    boolean camunda = CAMUNDA.equals(element.getNamespaceURI());
    return camunda && ("inputParameter".equals(tag) || "outputParameter".equals(tag)) && "name".equals(name)
        || camunda && ("in".equals(tag) || "out".equals(tag)) && ("source".equals(name) || "target".equals(name))
        || CAMUNDA.equals(attribute.getNamespaceURI()) && ("elementVariable".equals(name) || "resultVariable".equals(name));
  }

  private void expressions(String text, String file, String where, List<Problem> problems) {
    if (text == null || !text.contains("${") && !text.contains("#{")) {
      return;
    }
    Node root;
    try {
      root = (Node) parser.build(text.strip()).getRoot();
    } catch (RuntimeException e) {
      problems.add(new Problem(file, where, text.strip(), "is not a valid expression"));
      return;
    }
    names(root, file, where, problems);
  }

  private void names(Node node, String file, String where, List<Problem> problems) {
    if (node instanceof AstIdentifier identifier) {
      String name = identifier.getName();
      if (!ENGINE_NAMES.contains(name) && !beans.contains(name) && !variables.contains(name)) {
        problems.add(new Problem(file, where, name, "is neither a catalog variable, a model bean nor an engine name"));
      }
    } else if (node instanceof AstFunction function && !ENGINE_FUNCTIONS.contains(function.getName())) {
      problems.add(new Problem(file, where, function.getName(), "is not a function of the engine"));
    } else if (node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot
        && dot.getChild(0) instanceof AstIdentifier target && ENGINE_NAMES.contains(target.getName())
        && VARIABLE_METHODS.contains(dot.toString().substring(2))
        && method.getChild(1).getCardinality() > 0 && method.getChild(1).getChild(0) instanceof AstString name) {
      variable(String.valueOf(((AstLiteral) name).eval(null, null)), file, where, problems);
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      names(node.getChild(i), file, where, problems);
    }
  }

  private void dmn(Path file, List<Problem> problems) {
    var inputs = CodeSources.xml(file).getElementsByTagNameNS("*", "inputExpression");
    for (int i = 0; i < inputs.getLength(); i++) {
      Element input = (Element) inputs.item(i);
      feel(input.getTextContent(), file.getFileName().toString(), input.getAttribute("id"), problems);
    }
  }

  private void form(Path file, List<Problem> problems) {
    JsonNode form;
    try {
      form = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = file.getFileName().toString();
    for (JsonNode component : CodeSources.components(form)) {
      String where = component.path("id").asText(component.path("type").asText());
      for (String field : List.of("key", "valuesKey")) {
        if (component.hasNonNull(field)) {
          variable(component.get(field).asText(), name, where, problems);
        }
      }
      feelValues(component, name, where, problems);
    }
  }

  /** The FEEL values ("=…") of a component's own properties (nested components are checked on their own). */
  private void feelValues(JsonNode node, String file, String where, List<Problem> problems) {
    node.fields().forEachRemaining(entry -> {
      JsonNode value = entry.getValue();
      if ("components".equals(entry.getKey())) {
        return;
      }
      if (value.isTextual() && value.asText().startsWith("=")) {
        feel(value.asText().substring(1), file, where, problems);
      } else if (value.isContainerNode()) {
        feelValues(value, file, where, problems);
      }
    });
  }

  private void feel(String expression, String file, String where, List<Problem> problems) {
    FeelNames.of(expression).forEach(name -> variable(name, file, where, problems));
  }

  private void variable(String name, String file, String where, List<Problem> problems) {
    if (!variables.contains(name)) {
      problems.add(new Problem(file, where, name, "is not a variable of any catalog (*Variables)"));
    }
  }

  private static String idOf(Element element) {
    for (org.w3c.dom.Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (e.hasAttribute("id")) {
        return e.getAttribute("id");
      }
    }
    return "(definitions)";
  }
}
