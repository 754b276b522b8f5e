package com.aftersales.bpm.decisions;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import com.aftersales.bpm.decisions.DecisionTable.Result;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two checks every decision table gets: each case matches its rule with all its outputs, and
 * every rule of the table has a case. Subclasses give the table to the constructor and their cases
 * in a static {@code cases()}.
 */
abstract class DecisionTableTestBase {

  /** Parsed once per model, not once per case (JUnit makes an instance per test). */
  private static final Map<String, DecisionTable> PARSED = new ConcurrentHashMap<>();

  private final DecisionTable table;

  DecisionTableTestBase(String resource, String decisionKey) {
    this.table = PARSED.computeIfAbsent(resource + "#" + decisionKey, key -> new DecisionTable(resource, decisionKey));
  }

  DecisionTable table() {
    return table;
  }

  /** The subclass's static {@code cases()}, the same the parameterised test reads. */
  @SuppressWarnings("unchecked")
  Stream<Case> allCases() {
    try {
      Method cases = getClass().getDeclaredMethod("cases");
      cases.setAccessible(true);
      return (Stream<Case>) cases.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(getClass().getSimpleName() + " needs a static cases()", e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesTheExpectedRuleAndOutputs(Case c) {
    Result result = table().evaluate(c.inputs());

    Assertions.assertThat(result.ruleId()).as("rule matched by %s", c.inputs()).isEqualTo(c.ruleId());
    Assertions.assertThat(result.outputs()).as("outputs for %s", c.inputs()).isEqualTo(c.outputs());
  }

  @Test
  void everyRuleOfTheTableHasACase() {
    Set<String> exercised = allCases().map(c -> table().evaluate(c.inputs()).ruleId())
        .collect(Collectors.toSet());

    Assertions.assertThat(exercised).as("rules exercised by the cases")
        .containsExactlyInAnyOrderElementsOf(table().ruleIds());
  }
}
