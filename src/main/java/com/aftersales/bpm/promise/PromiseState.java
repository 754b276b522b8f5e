package com.aftersales.bpm.promise;

import java.util.Set;

/**
 * Where a promise of a checklist stands: RECEIVED until the policy table has looked at it (within
 * the intake's transaction, so no caller sees it), RECORDED when it is within standard policy,
 * AWAITING_APPROVAL while the service manager decides on a special one, then APPROVED, CHANGED
 * (approved as the manager changed it) or REFUSED.
 */
public enum PromiseState {
  RECEIVED, RECORDED, AWAITING_APPROVAL, APPROVED, CHANGED, REFUSED;

  /** What the service side must keep or is still deciding: shown to advisors on their forms. */
  public static final Set<PromiseState> OPEN = Set.of(RECORDED, AWAITING_APPROVAL, APPROVED, CHANGED);
}
