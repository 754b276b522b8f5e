package com.aftersales.bpm.promise;

import java.util.List;

/**
 * The answer to a checklist: each promise's policy verdict and state as the intake left it
 * (RECORDED at once, or AWAITING_APPROVAL by the service manager).
 */
public record ChecklistReceived(String checklistId, String processInstanceId, int promises, int special,
    List<Item> items) {

  public record Item(int item, PromiseKind kind, String policy, PromiseState state) {}
}
