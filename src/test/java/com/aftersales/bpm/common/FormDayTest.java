package com.aftersales.bpm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A form's date field read as a day, or refused naming the field (a parts promise, a replacement car). */
class FormDayTest {

  private static final ProcessVariable<String> FIELD = ProcessVariable.of("replacementDate", String.class);

  @ParameterizedTest
  @CsvSource({"2026-03-04, 2026-03-04", "2026-03-04T23:30:00+08:00, 2026-03-04"})
  void aDateOrTheDateOfADateTimeIsTheDay(String text, LocalDate day) {
    assertThat(FormDay.of(FIELD, scope(text), "the replacement date")).isEqualTo(day);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void aMissingDayIsRefusedNamingTheField(String text) {
    assertThatThrownBy(() -> FormDay.of(FIELD, scope(text), "the replacement date"))
        .isInstanceOf(FormRuleViolation.class).hasMessage("replacementDate: the replacement date is missing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "2026-3-4", "2026-02-30", "04.03.2026 10:00"})
  void aTextThatIsNoDateIsRefusedNamingTheField(String text) {
    assertThatThrownBy(() -> FormDay.of(FIELD, scope(text), "the replacement date"))
        .isInstanceOf(FormRuleViolation.class).hasMessage("replacementDate: '" + text + "' is not a date (yyyy-MM-dd)");
  }

  private static VariableScope scope(String value) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(FIELD.name())).thenReturn(value);
    return scope;
  }
}
