package com.aftersales.bpm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.aftersales.bpm.parts.VehicleCondition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The typed handles without an engine: a variable map, and a scope backed by two maps (case and local). */
class ProcessVariableTest {

  private static final ProcessVariable<String> GRADE = ProcessVariable.of("grade", String.class);
  private static final ProcessVariable<Long> AMOUNT = ProcessVariable.of("amount", Long.class);
  private static final ProcessVariable<Integer> SCORE = ProcessVariable.of("score", Integer.class);
  private static final ProcessVariable<Double> VALUE = ProcessVariable.of("value", Double.class);
  private static final ProcessVariable<BigDecimal> MONEY = ProcessVariable.of("money", BigDecimal.class);
  private static final ProcessVariable<VehicleCondition> CONDITION =
      ProcessVariable.of("vehicleCondition", VehicleCondition.class);

  private final Map<String, Object> caseVariables = new HashMap<>();
  private final Map<String, Object> localVariables = new HashMap<>();
  private final VariableScope scope = scope();

  @Test
  void aMissingVariableIsNamedByGetAndEmptyForOptional() {
    assertThatThrownBy(() -> GRADE.get(scope)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Process variable 'grade' is not set");
    assertThatThrownBy(() -> GRADE.from(Map.of())).hasMessage("Process variable 'grade' is not set");
    assertThat(GRADE.optional(scope)).isEmpty();
    assertThat(GRADE.optionalFrom(Map.of())).isEmpty();
    caseVariables.put("grade", null);
    assertThatThrownBy(() -> GRADE.get(scope)).hasMessage("Process variable 'grade' is not set");
    caseVariables.put("grade", "A");
    assertThat(GRADE.get(scope)).isEqualTo("A");
    assertThat(GRADE.optional(scope)).contains("A");
  }

  @Test
  void aWrongTypeNamesTheVariableAndBothTypes() {
    caseVariables.put("grade", 7L);
    assertThatThrownBy(() -> GRADE.get(scope)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Process variable 'grade' should be a String but is the Long 7");
    assertThatThrownBy(() -> AMOUNT.from(Map.of("amount", "12"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'amount' should be a Long but is the String 12");
    assertThatThrownBy(() -> GRADE.optional(scope)).hasMessageContaining("'grade'");
  }

  @Test
  void longsTakeEveryWholeNumberAndRefuseFractions() {
    assertThat(AMOUNT.from(Map.of("amount", 3))).isEqualTo(3L);
    assertThat(AMOUNT.from(Map.of("amount", (short) 4))).isEqualTo(4L);
    assertThat(AMOUNT.from(Map.of("amount", (byte) 5))).isEqualTo(5L);
    assertThat(AMOUNT.from(Map.of("amount", 6.0))).isEqualTo(6L);
    assertThat(AMOUNT.from(Map.of("amount", new BigDecimal("7.00")))).isEqualTo(7L);
    assertThat(AMOUNT.from(Map.of("amount", BigInteger.TEN))).isEqualTo(10L);
    assertThatThrownBy(() -> AMOUNT.from(Map.of("amount", 2.5))).isInstanceOf(IllegalStateException.class)
        .hasMessage("Process variable 'amount' should be a Long but is the Double 2.5 (not a whole number)");
    assertThatThrownBy(() -> AMOUNT.from(Map.of("amount", new BigDecimal("7.01"))))
        .hasMessageContaining("'amount'").hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> AMOUNT.from(Map.of("amount", 1e19))).hasMessageContaining("out of range");
    assertThatThrownBy(() -> AMOUNT.from(Map.of("amount", Double.NaN))).hasMessageContaining("not a finite number");
  }

  @Test
  void integersTakeLongsOnlyInRange() {
    assertThat(SCORE.from(Map.of("score", 9L))).isEqualTo(9);
    assertThat(SCORE.from(Map.of("score", 9.0))).isEqualTo(9);
    assertThatThrownBy(() -> SCORE.from(Map.of("score", 3_000_000_000L)))
        .hasMessage("Process variable 'score' should be a Integer but is the Long 3000000000 (out of range)");
    assertThatThrownBy(() -> SCORE.from(Map.of("score", 9.5))).hasMessageContaining("not a whole number");
  }

  @Test
  void decimalsAreKeptExactly() {
    assertThat(VALUE.from(Map.of("value", 3L))).isEqualTo(3.0);
    assertThat(VALUE.from(Map.of("value", 2.5f))).isEqualTo(2.5);
    assertThat(VALUE.from(Map.of("value", new BigDecimal("0.1")))).isEqualTo(0.1);
    assertThatThrownBy(() -> VALUE.from(Map.of("value", (1L << 53) + 1))).hasMessageContaining("not exactly a Double");
    assertThat(MONEY.from(Map.of("money", 0.1))).isEqualByComparingTo("0.1");
    assertThat(MONEY.from(Map.of("money", 120L))).isEqualByComparingTo("120");
    assertThatThrownBy(() -> MONEY.from(Map.of("money", Double.POSITIVE_INFINITY)))
        .hasMessageContaining("'money'");
  }

  @Test
  void anAmountIsStoredAsTheNumberAFormSendsAndReadBackExactly() {
    VariableMap form = MONEY.putIn(Variables.createVariables(), new BigDecimal("6000.00"));
    assertThat(form.get("money")).isEqualTo(6000L);
    assertThat(MONEY.from(form)).isEqualByComparingTo("6000");
    MONEY.set(scope, new BigDecimal("120.50"));
    assertThat(caseVariables).containsEntry("money", 120.5);
    assertThat(MONEY.get(scope)).isEqualByComparingTo("120.5");
  }

  @Test
  void anEnumIsStoredByNameAndReadBackAsItsConstant() {
    CONDITION.set(scope, VehicleCondition.MINOR);
    assertThat(caseVariables).containsEntry("vehicleCondition", "MINOR");
    assertThat(CONDITION.get(scope)).isEqualTo(VehicleCondition.MINOR);
    VariableMap map = CONDITION.putIn(Variables.createVariables(), VehicleCondition.CANNOT_DRIVE);
    assertThat(map.get("vehicleCondition")).isEqualTo("CANNOT_DRIVE");
    assertThat(CONDITION.from(map)).isEqualTo(VehicleCondition.CANNOT_DRIVE);
    assertThat(CONDITION.optionalFrom(Map.of("vehicleCondition", VehicleCondition.MINOR))).contains(VehicleCondition.MINOR);
    assertThatThrownBy(() -> CONDITION.from(Map.of("vehicleCondition", "FLYING")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Process variable 'vehicleCondition' should be a VehicleCondition but is the String FLYING "
            + "(not one of [CANNOT_DRIVE, CORE_FUNCTION_IMPAIRED, MINOR])");
  }

  @Test
  void setLocalWritesTheScopeItselfAndPutInKeepsANull() {
    GRADE.setLocal(scope, "S");
    assertThat(localVariables).containsEntry("grade", "S");
    assertThat(caseVariables).doesNotContainKey("grade");
    assertThat(GRADE.optionalLocal(scope)).contains("S");
    assertThat(GRADE.get(scope)).isEqualTo("S");
    VariableMap map = GRADE.putIn(Variables.createVariables(), null);
    assertThat(map).containsKey("grade");
    assertThat(GRADE.optionalFrom(map)).isEmpty();
    AMOUNT.set(scope, 12L);
    assertThat(caseVariables).containsEntry("amount", 12L);
  }

  /** A scope whose own variables shadow the case's, as a task's do. */
  private VariableScope scope() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> {
      String name = call.getArgument(0);
      return Optional.ofNullable(localVariables.get(name)).orElse(caseVariables.get(name));
    });
    when(scope.getVariableLocal(anyString())).thenAnswer(call -> localVariables.get((String) call.getArgument(0)));
    doAnswer(call -> caseVariables.put(call.getArgument(0), call.getArgument(1)))
        .when(scope).setVariable(anyString(), any());
    doAnswer(call -> localVariables.put(call.getArgument(0), call.getArgument(1)))
        .when(scope).setVariableLocal(anyString(), any());
    return scope;
  }
}
