package com.aftersales.bpm.tasklist;

import com.aftersales.bpm.common.ProcessVariable;

/**
 * Task-local copies of what identifies a task's case, for the rows of Tasklist's filters. Tasklist
 * reads a filter's variables with the user's rights: staff may read their tasks (and so the tasks'
 * own variables) but not the process instances, so the case's variables themselves would not show.
 */
public final class TaskRowVariables {

  public static final ProcessVariable<String> CUSTOMER = ProcessVariable.of("tasklistCustomer", String.class);
  /** The case's business key: survey id, repair order id, REVIEW-yyyy-MM or REVIEW-yyyy-MM/n. */
  public static final ProcessVariable<String> CASE = ProcessVariable.of("tasklistCase", String.class);
  /** The rescue grade: S, A or B. */
  public static final ProcessVariable<String> GRADE = ProcessVariable.of("tasklistGrade", String.class);
  /** The parts order's risk level, with "VIP" when it gets VIP handling: "L2 · VIP". */
  public static final ProcessVariable<String> RISK_LEVEL = ProcessVariable.of("tasklistRiskLevel", String.class);

  private TaskRowVariables() {}
}
