package com.aftersales.bpm.common;

/**
 * Names several processes use with the same meaning, declared once (ADR 0017): the approval of a
 * compensation above someone's authority, and the task priority a decision table gives a case.
 */
public final class CaseVariables {

  /** The approver's decision on the "approve compensation" forms. */
  public static final ProcessVariable<ApprovalDecision> APPROVAL_DECISION = ProcessVariable.of("approvalDecision", ApprovalDecision.class);
  /** The approver's reason for sending a plan back; the designer reads it on the next plan. */
  public static final ProcessVariable<String> APPROVAL_COMMENT = ProcessVariable.of("approvalComment", String.class);
  /** What the one who designs the compensation may grant without approval (CNY, from a table). */
  public static final ProcessVariable<Long> COMPENSATION_AUTHORITY = ProcessVariable.of("compensationAuthority", Long.class);
  /** Who approves a compensation (the compensationApproval table): AUTO needs nobody. */
  public static final ProcessVariable<String> APPROVAL_LEVEL = ProcessVariable.of("approvalLevel", String.class);
  public static final ProcessVariable<String> APPROVER_GROUP = ProcessVariable.of("approverGroup", String.class);
  /** Tasklist's priority of every task of the case (higher first), from the case's decision table. */
  public static final ProcessVariable<Integer> TASK_PRIORITY = ProcessVariable.of("taskPriority", Integer.class);
  /**
   * The channel a case's alerts go out on, from its decision table: URGENT reaches phones at once
   * (a red low score, a delivery-quality red alert), ALERT is a message.
   */
  public static final ProcessVariable<String> ALERT_CHANNEL = ProcessVariable.of("alertChannel", String.class);

  private CaseVariables() {}
}
