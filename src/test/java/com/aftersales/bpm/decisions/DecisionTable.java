package com.aftersales.bpm.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;

/**
 * One decision table of {@code processes/*.dmn}, evaluated with the standalone DMN engine
 * (no Spring, no process engine), reporting which rule matched and every output of the table.
 */
final class DecisionTable {

  /** One test row: inputs -> the rule that must match -> all outputs of the table (null = left empty). */
  record Case(Map<String, Object> inputs, String ruleId, Map<String, Object> outputs) {
    @Override
    public String toString() {
      return inputs + " -> " + ruleId + " " + outputs;
    }
  }

  /** The rule that counted (the only one for UNIQUE, the first for FIRST) and all outputs of the table. */
  record Result(String ruleId, Map<String, Object> outputs) {}

  private final DmnEngine engine;
  private final DmnDecision decision;
  private DmnDecisionTableEvaluationEvent lastEvaluation;

  DecisionTable(String resource, String decisionKey) {
    DmnDecisionTableEvaluationListener recordEvaluation = event -> lastEvaluation = event;
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(recordEvaluation))
        .buildEngine();
    try (InputStream dmn = DecisionTable.class.getResourceAsStream(resource)) {
      if (dmn == null) {
        throw new IllegalArgumentException("not on the classpath: " + resource);
      }
      decision = engine.parseDecision(decisionKey, dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Result evaluate(Map<String, Object> inputs) {
    lastEvaluation = null;
    DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, inputs);
    // the post listener sees the matches after the hit policy: at most one for UNIQUE and FIRST
    if (lastEvaluation.getMatchingRules().size() != 1) {
      throw new AssertionError("expected exactly one matching rule for " + inputs + " but got "
          + lastEvaluation.getMatchingRules().stream().map(rule -> rule.getId()).toList());
    }
    Map<String, Object> outputs = new LinkedHashMap<>();
    Map<String, Object> entries = result.getSingleResult().getEntryMap();
    outputNames().forEach(name -> outputs.put(name, entries.get(name)));
    return new Result(lastEvaluation.getMatchingRules().get(0).getId(), outputs);
  }

  /**
   * For COLLECT without aggregation: every rule that matched, in table order, each with all outputs
   * of the table (null = left empty). Empty when no rule matched.
   */
  Map<String, Map<String, Object>> evaluateAll(Map<String, Object> inputs) {
    lastEvaluation = null;
    engine.evaluateDecisionTable(decision, inputs);
    Map<String, Map<String, Object>> matches = new LinkedHashMap<>();
    for (DmnEvaluatedDecisionRule rule : lastEvaluation.getMatchingRules()) {
      Map<String, Object> outputs = new LinkedHashMap<>();
      outputNames().forEach(name -> outputs.put(name, null));
      rule.getOutputEntries().values().forEach(output ->
          outputs.put(output.getOutputName(), output.getValue() == null ? null : output.getValue().getValue()));
      matches.put(rule.getId(), outputs);
    }
    return matches;
  }

  Set<String> ruleIds() {
    return table().getRules().stream().map(DmnDecisionTableRuleImpl::getId).collect(Collectors.toSet());
  }

  private List<String> outputNames() {
    return table().getOutputs().stream().map(DmnDecisionTableOutputImpl::getOutputName).toList();
  }

  private DmnDecisionTableImpl table() {
    return (DmnDecisionTableImpl) decision.getDecisionLogic();
  }

  /** An ordered map that allows null values: {@code map("a", 1, "b", null)}. */
  static Map<String, Object> map(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("odd key/value list " + Arrays.toString(keysAndValues));
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
