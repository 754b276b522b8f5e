package com.aftersales.bpm.security.models;

import com.aftersales.bpm.common.DecisionResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Decides whether a model's expression ({@code ${…}}) stays within what models need: variables,
 * operators, the engine's date and user functions, the model beans' own methods, a few methods of
 * the execution, the task and a decision result, and harmless value methods such as
 * {@code contains}. Anything else (reflection, engine services, other beans) is refused before
 * the model is deployed, because the engine would run it on the server with full rights.
 */
public final class ExpressionCheck {

  /** What the engine offers as context objects; only a few of their methods and properties. */
  private static final Set<String> CONTEXT_OBJECTS = Set.of("execution", "task", "externalTask",
      "caseExecution", "variableScope");
  private static final Set<String> CONTEXT_METHODS = Set.of("getVariable", "getVariableLocal",
      "hasVariable", "hasVariableLocal", "setVariable", "setVariableLocal", "removeVariable",
      "removeVariableLocal", "getBusinessKey", "getProcessBusinessKey", "getId", "getProcessInstanceId",
      "getCurrentActivityId", "getCurrentActivityName", "getEventName", "getTenantId");
  private static final Set<String> CONTEXT_PROPERTIES = Set.of("id", "businessKey", "processBusinessKey",
      "processInstanceId", "processDefinitionId", "currentActivityId", "currentActivityName",
      "activityInstanceId", "eventName", "tenantId", "name", "assignee", "owner", "priority", "dueDate",
      "followUpDate", "taskDefinitionKey", "createTime", "description");
  private static final String DECISION_RESULT = DecisionResults.DECISION_RESULT.name();
  private static final Set<String> DECISION_RESULT_METHODS = Set.of("getSingleResult", "getFirstResult",
      "getResultList", "getSingleEntry", "collectEntries");
  /** Read-only methods of strings, lists, maps and dates, which is what variables and functions give. */
  private static final Set<String> VALUE_METHODS = Set.of("contains", "containsKey", "get", "size",
      "isEmpty", "startsWith", "endsWith", "length", "toDate", "plusMinutes", "plusHours", "plusDays",
      "plusWeeks", "plusMonths", "minusMinutes", "minusHours", "minusDays", "minusWeeks", "minusMonths");
  /** The engine's expression functions. */
  private static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
  /** Getters that lead from a value to the class loader or the engine. */
  private static final Set<String> FORBIDDEN_PROPERTIES = Set.of("class", "classLoader", "declaringClass",
      "module", "processEngine", "processEngineServices", "processEngineConfiguration", "dataFormat");

  private final ModelBeans beans;
  private final Builder parser = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  public ExpressionCheck(ModelBeans beans) {
    this.beans = beans;
  }

  /** Why the expression is refused, or empty when it may be deployed. */
  public Optional<String> problem(String expression) {
    try {
      return problem((Node) parser.build(expression).getRoot());
    } catch (TreeBuilderException e) {
      return Optional.of("is not a valid expression: " + expression);
    }
  }

  private Optional<String> problem(Node node) {
    Optional<String> own = ownProblem(node);
    if (own.isPresent()) {
      return own;
    }
    for (Node child : children(node)) {
      Optional<String> problem = problem(child);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /** A method call's own name is checked as a method, not as a property read: skip that node. */
  private static List<Node> children(Node node) {
    List<Node> children = new ArrayList<>();
    Node parent = node instanceof AstMethod ? node.getChild(0) : node;
    for (int i = 0; i < parent.getCardinality(); i++) {
      children.add(parent.getChild(i));
    }
    if (node instanceof AstMethod) {
      children.add(node.getChild(1));
    }
    return children;
  }

  private Optional<String> ownProblem(Node node) {
    if (node instanceof AstMethod method) {
      return accessProblem((AstProperty) method.getChild(0), true);
    }
    if (node instanceof AstProperty property) {
      return accessProblem(property, false);
    }
    if (node instanceof AstFunction function && !FUNCTIONS.contains(function.getName())) {
      return Optional.of("calls the function '" + function.getName() + "'; models may use only "
          + String.join(", ", FUNCTIONS.stream().sorted().toList()));
    }
    return Optional.empty();
  }

  /** A method called on a target, or a property read from one: its name written out, then by the target. */
  private Optional<String> accessProblem(AstProperty access, boolean call) {
    String name = propertyName(access);
    if (name == null) {
      return Optional.of(call ? "calls a method whose name is computed" : "reads a property whose name is computed");
    }
    String identifier = targetName(access);
    return call ? methodProblem(name, identifier) : propertyProblem(name, identifier);
  }

  private Optional<String> methodProblem(String name, String identifier) {
    if (!allowedMethods(identifier).contains(name)) {
      return Optional.of("calls the method '" + name + "'" + (identifier == null ? "" : " of '" + identifier + "'")
          + ", which models may not call");
    }
    return Optional.empty();
  }

  private Set<String> allowedMethods(String identifier) {
    if (isContextObject(identifier)) {
      return CONTEXT_METHODS;
    }
    if (DECISION_RESULT.equals(identifier)) {
      return DECISION_RESULT_METHODS;
    }
    return isBean(identifier) ? beans.methodsOf(identifier) : VALUE_METHODS;
  }

  private Optional<String> propertyProblem(String name, String identifier) {
    if (FORBIDDEN_PROPERTIES.contains(name)) {
      return Optional.of("reads the property '" + name + "', which models may not read");
    }
    if (isContextObject(identifier) && !CONTEXT_PROPERTIES.contains(name)) {
      return Optional.of("reads '" + identifier + "." + name + "', which models may not read");
    }
    if (isBean(identifier)) {
      return Optional.of("reads the property '" + name + "' of the bean '" + identifier + "'");
    }
    return Optional.empty();
  }

  private static boolean isContextObject(String identifier) {
    return identifier != null && CONTEXT_OBJECTS.contains(identifier);
  }

  private boolean isBean(String identifier) {
    return identifier != null && beans.isBean(identifier);
  }

  /** The name before the dot when it is a plain name ({@code execution}, a bean, a variable); else null. */
  private static String targetName(AstProperty property) {
    return property.getChild(0) instanceof AstIdentifier target ? target.getName() : null;
  }

  /** The name after the dot, or a literal in brackets; null for a computed one. */
  private static String propertyName(AstProperty property) {
    if (property instanceof AstDot dot) {
      return dot.toString().substring(2); // AstDot prints ". name"
    }
    Node key = property.getChild(1);
    if (key instanceof AstString || key instanceof AstNumber) {
      return String.valueOf(((AstLiteral) key).eval(null, null));
    }
    return null;
  }
}
