package com.aftersales.bpm.promise;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * A promise another feature's decision made (SPEC 5: a red alert's customer accepts the car with a
 * lifetime free repair of the part), kept where the service side reads a customer's promises (SPEC 6).
 * The decision approved it, so it needs no pre-approval and starts no checklist (ADR 0045). Recorded
 * once per decision and order, in the caller's transaction: the step that makes it may run again.
 */
@Component
public class DecidedPromises {

  /**
   * A lifetime free repair: {@code decisionId} and {@code item} name it (never a checklist id the
   * intake takes, which allows no {@code /}); {@code reason} says who decided it and where.
   */
  public record FreeRepair(String decisionId, int item, String customerId, String orderId, String description,
      String reason, Instant decidedAt, Instant acceptedAt) {}

  /** The column's width: a long alert's words are cut, the promise is not lost. */
  static final int MAX_DESCRIPTION = 500;

  private final CustomerPromiseTable table;

  public DecidedPromises(CustomerPromiseTable table) {
    this.table = table;
  }

  /**
   * A free item ("lifetime free", SPEC 6) with no ceiling: beyond the standard package as the
   * promisePolicy table's rule for free items above 1,000 CNY says, so SPECIAL, and APPROVED by the
   * decision. No price can be put on a lifetime's repairs, so its value is 0, as a time promise's;
   * it holds for the car's life (no last day). The customer accepted it when the order settled.
   * Whether it was recorded now (false: it already was).
   */
  public boolean recordOnce(FreeRepair promise) {
    String description = promise.description().length() <= MAX_DESCRIPTION ? promise.description()
        : promise.description().substring(0, MAX_DESCRIPTION - 1) + "…";
    return table.insertOnce(new CustomerPromise(promise.decisionId(), promise.item(), promise.customerId(),
        promise.orderId(), promise.acceptedAt(), promise.acceptedAt(), PromiseKind.FREE_SERVICE, description,
        BigDecimal.ZERO, null, PromiseClass.SPECIAL.name(), PromiseState.APPROVED, promise.reason(), null,
        promise.decidedAt()));
  }
}
