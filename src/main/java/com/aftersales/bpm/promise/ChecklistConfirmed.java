package com.aftersales.bpm.promise;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a customer's confirmation: each promise's policy and state as the confirmation found
 * them, and whether it was made before its pre-approval ({@code madeBeforeApproval}: special and not
 * decided when the customer confirmed; the store manager is alerted once of those left to settle, see {@link MadeBeforeApproval}).
 */
public record ChecklistConfirmed(String checklistId, Instant customerConfirmedAt, int promises,
    int madeBeforeApproval, List<Item> items) {

  public record Item(int item, PromiseKind kind, String policy, PromiseState state, boolean madeBeforeApproval) {}

  /** The answer read from the checklist's rows. */
  static ChecklistConfirmed of(String checklistId, List<CustomerPromise> rows) {
    List<Item> items = rows.stream()
        .map(p -> new Item(p.item(), p.kind(), p.policy(), p.state(), p.madeBeforeApproval())).toList();
    return new ChecklistConfirmed(checklistId, rows.isEmpty() ? null : rows.get(0).customerConfirmedAt(),
        items.size(), (int) items.stream().filter(Item::madeBeforeApproval).count(), items);
  }
}
