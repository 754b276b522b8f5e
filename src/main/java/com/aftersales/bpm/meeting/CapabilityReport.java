package com.aftersales.bpm.meeting;

import com.aftersales.bpm.report.RescueReport.Share;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * SPEC 6, the first part of the monthly sales–after-sales meeting: what sales must know before
 * promising anything. {@code partsWaiting} and {@code workshop} are the state at {@code asOf} (every
 * order still waiting for its part, oldest first; the repairs in the workshop); the other figures count the month: its parts orders per risk level,
 * the root causes of its rescues (complaint hot spots), its promise checklists and the joint KPI,
 * the low scores whose root cause was a sales promise.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CapabilityReport(
    String month,
    Instant asOf,
    List<WaitingPart> partsWaiting,
    Workshop workshop,
    List<LevelFigures> ordersByRiskLevel,
    List<Share> complaintHotSpots,
    PromiseFigures promises,
    int salesPromiseLowScores) {

  /** An order waiting for its part now: the supplier's ETA and what the customer was promised. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record WaitingPart(String repairOrderId, String partNumber, String partName, String riskLevel,
      Instant reportedAt, LocalDate supplierEta, String promisedDate, long waitingDays) {}

  /**
   * The workshop now, from the repairs our parts orders bring it (SPEC 6: "can it take urgent
   * repairs"): same-day repairs waiting, those already past their window (the repair task's due
   * date), and the waiting parts the supplier expects within {@code days} days, each a same-day
   * repair on its arrival.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Workshop(int repairsWaiting, int repairsLate, int partsDueSoon, int days) {}

  /** The month's orders of one risk level: how many, how many still wait, the longest wait in days. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record LevelFigures(String riskLevel, int orders, int stillWaiting, Double oldestWaitDays) {}

  /**
   * The promises recorded in the month and what became of the special ones; {@code madeBeforeApproval}:
   * special ones the customer confirmed before the service manager decided (SPEC 6, ADR 0039).
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record PromiseFigures(int checklists, int recorded, int special, int approved, int changed, int refused,
      int awaitingApproval, int madeBeforeApproval) {}
}
