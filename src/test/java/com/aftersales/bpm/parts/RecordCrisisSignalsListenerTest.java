package com.aftersales.bpm.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.aftersales.bpm.common.DecisionResults;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** The order's crisis signals add up over its checks, without an engine (a Mockito execution). */
class RecordCrisisSignalsListenerTest {

  private final Map<String, Object> variables = new HashMap<>();
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final RecordCrisisSignalsListener listener = new RecordCrisisSignalsListener();

  RecordCrisisSignalsListenerTest() {
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get((String) call.getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1)))
        .when(execution).setVariable(anyString(), any());
  }

  @Test
  void aNewSignalIsAddedAfterThoseTheOrderHadAlready() {
    variables.put(PartsVariables.CRISIS_SIGNALS.name(), "COMPLAINT_WORDS");
    tableFound("DEMANDS_DEADLINE");
    listener.notify(execution);
    assertThat(variables).containsEntry("crisisSignals", "COMPLAINT_WORDS,DEMANDS_DEADLINE")
        .containsEntry("crisisSignalCount", 2);
  }

  @Test
  void aSignalFoundAgainIsCountedOnce() {
    variables.put(PartsVariables.CRISIS_SIGNALS.name(), "COMPLAINT_WORDS,CHASED_TWICE");
    tableFound("WAIT_BEYOND_TWICE_PROMISED", "CHASED_TWICE", "COMPLAINT_WORDS");
    listener.notify(execution);
    assertThat(variables).containsEntry("crisisSignals", "COMPLAINT_WORDS,CHASED_TWICE,WAIT_BEYOND_TWICE_PROMISED")
        .containsEntry("crisisSignalCount", 3);
  }

  @Test
  void aCheckThatFindsNothingKeepsWhatTheOrderHad() {
    variables.put(PartsVariables.CRISIS_SIGNALS.name(), "YOU_DONT_CARE");
    tableFound();
    listener.notify(execution);
    assertThat(variables).containsEntry("crisisSignals", "YOU_DONT_CARE").containsEntry("crisisSignalCount", 1);
  }

  @Test
  void theFirstCheckStartsFromNoneWhetherEmptyOrUnset() {
    tableFound("CHASED_TWICE", "DEMANDS_DEADLINE");
    listener.notify(execution);
    assertThat(variables).containsEntry("crisisSignals", "CHASED_TWICE,DEMANDS_DEADLINE")
        .containsEntry("crisisSignalCount", 2);
    assertThat(RecordCrisisSignalsListener.merged("", List.of())).isEmpty();
    assertThat(RecordCrisisSignalsListener.merged(" COMPLAINT_WORDS , ,DEMANDS_DEADLINE", List.of("COMPLAINT_WORDS")))
        .containsExactly("COMPLAINT_WORDS", "DEMANDS_DEADLINE");
  }

  /** The crisisSignals table's answer: one matched rule per code. */
  private void tableFound(String... codes) {
    DmnDecisionResult result = mock(DmnDecisionResult.class);
    List<Map<String, Object>> rules = Arrays.stream(codes)
        .map(code -> Map.<String, Object>of(RecordCrisisSignalsListener.SIGNAL_OUTPUT, code)).toList();
    when(result.getResultList()).thenReturn(rules);
    variables.put(DecisionResults.DECISION_RESULT.name(), result);
  }
}
