package com.aftersales.bpm.rescue;

/** The result of a passive (score 7) follow-up as the advisor records it (SPEC 1.6). */
public enum PassiveFollowUpOutcome {
  /** Won over: now happy to recommend us. */
  NOW_PROMOTER,
  SATISFIED,
  /** Declined the extra-mile touch. */
  OFFER_DECLINED,
  /** Still has a problem we must solve: the service manager is told. */
  OPEN_ISSUE
}
