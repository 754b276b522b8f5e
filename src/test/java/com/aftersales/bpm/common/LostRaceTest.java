package com.aftersales.bpm.common;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** Which engine failures a request may run again after, and which are its own fault or ours. */
class LostRaceTest {

  @Test
  void anotherChangeOfTheCaseCameFirst() {
    Assertions.assertThat(LostRace.is(new OptimisticLockingException("updated by another transaction"))).isTrue();
    Assertions.assertThat(LostRace.is(new MismatchingMessageCorrelationException("PartArrived"))).isTrue();
    Assertions.assertThat(LostRace.is(new ProcessEngineException("Execution with id 'e-1' does not have a "
        + "subscription to a message event with name 'PostRepairSurveyAnswered': eventSubscriptions is empty"))).isTrue();
  }

  @Test
  void anythingElseIsNoRace() {
    Assertions.assertThat(LostRace.is(new ProcessEngineException("ENGINE-03051 exception while invoking TaskListener")))
        .isFalse();
    Assertions.assertThat(LostRace.is(new ProcessEngineException((String) null))).isFalse();
    Assertions.assertThat(LostRace.is(new IllegalStateException("does not have a subscription to a message event")))
        .isFalse();
  }
}
