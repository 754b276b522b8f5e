package com.aftersales.bpm.meeting;

import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.meeting.CapabilityReport.PromiseFigures;
import com.aftersales.bpm.promise.CustomerPromise;
import com.aftersales.bpm.promise.PromiseClass;
import com.aftersales.bpm.promise.PromiseKind;
import com.aftersales.bpm.promise.PromiseState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The monthly sales–after-sales meeting's promise figures (SPEC 6): what became of the special
 * promises, and how many the customer confirmed before the service manager decided (ADR 0039), the
 * figure the meeting needs to see whether sales wait for the pre-approval.
 */
class CapabilityPromiseFiguresTest {

  static final Instant RECORDED = Instant.parse("2026-03-02T01:00:00Z");
  static final Instant SIGNED = RECORDED.plusSeconds(600);
  static final Instant DECIDED_LATER = SIGNED.plusSeconds(3600);
  static final Instant DECIDED_BEFORE = SIGNED.minusSeconds(300);

  @Test
  void specialPromisesTheCustomerConfirmedBeforeTheDecisionAreCounted() {
    PromiseFigures figures = CapabilityReportService.promiseFigures(List.of(
        promise("CL-1", 1, PromiseClass.STANDARD, PromiseState.RECORDED, SIGNED, null),
        promise("CL-1", 2, PromiseClass.SPECIAL, PromiseState.APPROVED, SIGNED, DECIDED_BEFORE),
        promise("CL-1", 3, PromiseClass.SPECIAL, PromiseState.REFUSED, SIGNED, DECIDED_LATER),
        promise("CL-2", 1, PromiseClass.SPECIAL, PromiseState.AWAITING_APPROVAL, SIGNED, null),
        promise("CL-3", 1, PromiseClass.SPECIAL, PromiseState.AWAITING_APPROVAL, null, null)));

    Assertions.assertThat(figures).isEqualTo(new PromiseFigures(3, 5, 4, 1, 0, 1, 2, 2));
    CapabilityReport report = new CapabilityReport("2026-03", RECORDED, List.of(), new CapabilityReport.Workshop(0, 0, 0, 7),
        List.of(), List.of(), figures, 0);
    Assertions.assertThat(CapabilityWords.of(report, new StaffWords()))
        .contains("awaiting / 待审批 2) · made before approval / 未经预审批即承诺 2");
  }

  private static CustomerPromise promise(String checklistId, int item, PromiseClass policy, PromiseState state,
      Instant confirmed, Instant decided) {
    return new CustomerPromise(checklistId, item, "C-1", "SO-" + checklistId, RECORDED, confirmed, PromiseKind.TIME,
        "part within 24 h", BigDecimal.ZERO, null, policy.name(), state, null, null, decided);
  }
}
