package com.aftersales.bpm.promise;

import java.math.BigDecimal;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * SPEC 6's breach as the service side reads it (ADR 0039): a special promise the customer confirmed
 * before the service manager decided it, or while it is still undecided.
 */
class CustomerPromiseMadeBeforeApprovalTest {

  static final Instant DECIDED = Instant.parse("2026-03-02T03:00:00Z");

  @Test
  void aSpecialPromiseConfirmedBeforeItsDecisionOrStillUndecidedWasMadeBeforeApproval() {
    Assertions.assertThat(promise("SPECIAL", DECIDED.minusSeconds(1), DECIDED).madeBeforeApproval()).isTrue();
    Assertions.assertThat(promise("SPECIAL", DECIDED.minusSeconds(1), null).madeBeforeApproval()).isTrue();
  }

  @Test
  void aDraftAConfirmationAfterTheDecisionAndAStandardPromiseWereNot() {
    Assertions.assertThat(promise("SPECIAL", null, null).madeBeforeApproval()).as("a draft").isFalse();
    Assertions.assertThat(promise("SPECIAL", DECIDED, DECIDED).madeBeforeApproval()).isFalse();
    Assertions.assertThat(promise("SPECIAL", DECIDED.plusSeconds(1), DECIDED).madeBeforeApproval()).isFalse();
    Assertions.assertThat(promise("STANDARD", DECIDED, null).madeBeforeApproval()).isFalse();
  }

  private static CustomerPromise promise(String policy, Instant confirmed, Instant decided) {
    return new CustomerPromise("CL-1", 1, "C-1", "SO-1", DECIDED.minusSeconds(3600), confirmed, PromiseKind.TIME,
        "parts in 24 h", BigDecimal.ZERO, null, policy, decided == null ? PromiseState.AWAITING_APPROVAL
        : PromiseState.APPROVED, null, null, decided);
  }
}
