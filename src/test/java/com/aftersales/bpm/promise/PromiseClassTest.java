package com.aftersales.bpm.promise;

import com.aftersales.bpm.support.CodeSources;
import java.util.Arrays;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The Java home of the policy's verdicts holds what the table promisePolicy gives, no more. */
class PromiseClassTest {

  @Test
  void theClassesAreThePolicyTablesOutputs() {
    Assertions.assertThat(CodeSources.dmnOutputs().get(PromiseVariables.PROMISE_CLASS.name()))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(PromiseClass.values()).map(Enum::name).toList());
  }

  @Test
  void aPromiseIsSpecialOnlyWithThatVerdict() {
    Assertions.assertThat(promise("SPECIAL").special()).isTrue();
    Assertions.assertThat(promise("STANDARD").special()).isFalse();
    Assertions.assertThat(promise(null).special()).as("not classified yet").isFalse();
  }

  private static CustomerPromise promise(String policy) {
    return new CustomerPromise("CL-1", 1, "C-1", "SO-1", null, null, PromiseKind.SERVICE, "free wash", null, null, policy,
        PromiseState.RECEIVED, null, null, null);
  }
}
