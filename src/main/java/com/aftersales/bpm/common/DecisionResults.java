package com.aftersales.bpm.common;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Copies what a business rule task's decision table answered into typed variables, in one way for
 * every table: the end listener of the task reads the engine's {@code decisionResult}, and each
 * output goes through its variable's handle (numbers exactly, enums by name, or refused).
 */
public final class DecisionResults {

  /** The engine's name for a business rule task's result while its end listeners run. */
  public static final ProcessVariable<DmnDecisionResult> DECISION_RESULT =
      ProcessVariable.of("decisionResult", DmnDecisionResult.class);

  private DecisionResults() {}

  /** The one matched rule's outputs; throws naming the decision (and the inputs that had no value) when no rule matched. */
  public static DmnDecisionResultEntries single(DelegateExecution execution, String decision) {
    DmnDecisionResultEntries entries = DECISION_RESULT.optional(execution)
        .map(DmnDecisionResult::getSingleResult).orElse(null);
    if (entries == null) {
      throw NoMatchingRule.in(execution, decision);
    }
    return entries;
  }

  /** Each output of the same name as a variable, set on the scope; an output left empty is set as null. */
  public static void copy(DmnDecisionResultEntries entries, VariableScope scope, List<ProcessVariable<?>> outputs) {
    for (ProcessVariable<?> output : outputs) {
      scope.setVariable(output.name(), ProcessVariable.stored(output.convert(entries.get(output.name()))));
    }
  }

  /** An output's value of the matched rule, typed by its variable; null when the rule leaves it empty. */
  public static <T> T entry(DmnDecisionResultEntries entries, ProcessVariable<T> output) {
    return output.convert(entries.get(output.name()));
  }

  /** The distinct values of one output over every matched rule (a COLLECT table). */
  public static <T> List<T> collect(DelegateExecution execution, String output, Class<T> type) {
    ProcessVariable<T> column = ProcessVariable.of(output, type);
    return DECISION_RESULT.optional(execution).map(result -> result.getResultList().stream()
        .map(rule -> column.convert(rule.get(output))).filter(Objects::nonNull).distinct().toList())
        .orElse(List.of());
  }
}
