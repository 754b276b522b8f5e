package com.aftersales.bpm.common;

/**
 * What an approver chose on an approval form (compensation plan, compensation upgrade): an explicit
 * choice, so that a form left as it was never counts as a decision.
 */
public enum ApprovalDecision { APPROVED, SENT_BACK }
