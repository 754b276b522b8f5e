package com.aftersales.bpm.promise;

import com.aftersales.bpm.common.ModelBean;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The promises of a checklist the store manager must settle with the customer because sales made
 * them before the service manager approved them (ADR 0039): made before approval (SPEC 6) and not
 * approved as made, that is still awaiting, refused, or changed. Java asks {@link #anyToSettle}
 * whether a confirmation alerts at all; the alert's message lists them ({@link #inWords}).
 */
@ModelBean("madeBeforeApproval")
public class MadeBeforeApproval {

  /** What the customer holds and after-sales has not (yet) agreed to keep as it was made. */
  private static final Set<PromiseState> UNSETTLED = EnumSet.of(PromiseState.AWAITING_APPROVAL, PromiseState.REFUSED,
      PromiseState.CHANGED);
  /**
   * The most characters the list takes, so that the alert stays within what a notification holds
   * (4,000, with the model's words around it): a checklist of 30 long promises is cut, not lost.
   */
  static final int MOST_CHARACTERS = 2800;

  private final CustomerPromiseTable table;
  private final CustomerPromises promises;

  public MadeBeforeApproval(CustomerPromiseTable table, CustomerPromises promises) {
    this.table = table;
    this.promises = promises;
  }

  /** Made before its approval and not approved as made: an approved one needs no settling. */
  static boolean toSettle(CustomerPromise p) {
    return p.madeBeforeApproval() && UNSETTLED.contains(p.state());
  }

  static boolean anyToSettle(List<CustomerPromise> rows) {
    return rows.stream().anyMatch(MadeBeforeApproval::toSettle);
  }

  /**
   * One line per promise to settle, as the service side's forms word it, a changed one with what the
   * customer was promised; read when the alert is sent, so a promise approved meanwhile drops out.
   * Past {@link #MOST_CHARACTERS} the rest are counted, not listed.
   */
  public String inWords(String checklistId) {
    List<String> lines = table.ofChecklist(checklistId).stream().filter(MadeBeforeApproval::toSettle)
        .map(p -> "• " + promises.inWords(p)
            + (p.state() == PromiseState.CHANGED ? " · 客户所持原承诺 / the customer holds: " + p.description() : ""))
        .toList();
    if (lines.isEmpty()) {
      return "无: 均已批准 / None left: all approved since";
    }
    return CustomerPromises.fitted(lines, MOST_CHARACTERS);
  }
}
