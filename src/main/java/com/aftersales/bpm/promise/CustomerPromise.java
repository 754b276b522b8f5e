package com.aftersales.bpm.promise;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One promise of a checklist as the service side sees it. {@code policy} is a {@link PromiseClass} code
 * (the DMN table promisePolicy); {@code changedDescription} is what the manager approved instead
 * (state CHANGED); {@code decisionReason} why the manager decided as they did; {@code customerConfirmedAt}
 * when the customer confirmed the checklist (null while it is a draft, and for checklists recorded before
 * it was asked, V9); {@link #madeBeforeApproval} is derived from it and {@code decidedAt}.
 */
public record CustomerPromise(
    String checklistId,
    int item,
    String customerId,
    String orderId,
    Instant recordedAt,
    Instant customerConfirmedAt,
    PromiseKind kind,
    String description,
    BigDecimal value,
    LocalDate validUntil,
    String policy,
    PromiseState state,
    String decisionReason,
    String changedDescription,
    Instant decidedAt) {

  /** What the service side must keep: the manager's version when changed. */
  public String promised() {
    return state == PromiseState.CHANGED && changedDescription != null ? changedDescription : description;
  }

  /** Beyond the standard policy: the service manager pre-approves it. */
  public boolean special() {
    return PromiseClass.SPECIAL.is(policy);
  }

  /**
   * SPEC 6's breach: a special promise the customer confirmed before the service manager decided it
   * (or while it is still undecided). Derived, not stored: both times are in the row (ADR 0039).
   */
  @JsonProperty("madeBeforeApproval")
  public boolean madeBeforeApproval() {
    return special() && customerConfirmedAt != null && (decidedAt == null || customerConfirmedAt.isBefore(decidedAt));
  }

  /** Open: kept or still being decided, and not past its last day. */
  public boolean openOn(LocalDate today) {
    return PromiseState.OPEN.contains(state) && (validUntil == null || !validUntil.isBefore(today));
  }
}
