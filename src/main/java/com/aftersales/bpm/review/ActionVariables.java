package com.aftersales.bpm.review;

import com.aftersales.bpm.common.ImprovementActionVariables;
import com.aftersales.bpm.common.ProcessVariable;
import java.util.Date;

/**
 * Variables of one improvement action (process improvementAction); those it is started with are
 * declared in common/ImprovementActionVariables, as the rescue starts actions too (ADR 0053).
 */
public final class ActionVariables {

  public static final ProcessVariable<String> REVIEW_ID = ReviewVariables.REVIEW_ID;
  public static final ProcessVariable<String> ACTION_TEXT = ImprovementActionVariables.ACTION_TEXT;
  /** A user id, or a group id when {@link #OWNER_IS_GROUP} is true. */
  public static final ProcessVariable<String> ACTION_OWNER = ImprovementActionVariables.ACTION_OWNER;
  public static final ProcessVariable<Boolean> OWNER_IS_GROUP = ImprovementActionVariables.OWNER_IS_GROUP;
  public static final ProcessVariable<Date> ACTION_DEADLINE = ImprovementActionVariables.ACTION_DEADLINE;
  public static final ProcessVariable<String> ACCEPTANCE_CRITERION = ImprovementActionVariables.ACCEPTANCE_CRITERION;
  /** OPEN, DONE (carried out), VERIFIED (checked by someone other than the owner). */
  public static final ProcessVariable<String> ACTION_STATE = ProcessVariable.of("actionState", String.class);
  public static final ProcessVariable<Boolean> OVERDUE = ProcessVariable.of("overdue", Boolean.class);
  public static final ProcessVariable<String> VERIFIED_BY = ProcessVariable.of("verifiedBy", String.class);

  // what staff fill in on the forms (field keys), and what the forms show in words
  public static final ProcessVariable<String> ACTION_DEADLINE_IN_WORDS = ProcessVariable.of("actionDeadlineInWords", String.class);
  public static final ProcessVariable<String> WHAT_WAS_DONE = ProcessVariable.of("whatWasDone", String.class);
  public static final ProcessVariable<String> OVERDUE_FOLLOW_UP = ProcessVariable.of("overdueFollowUp", String.class);
  public static final ProcessVariable<Boolean> VERIFICATION_PASSED = ProcessVariable.of("verificationPassed", Boolean.class);
  public static final ProcessVariable<String> VERIFICATION_NOTE = ProcessVariable.of("verificationNote", String.class);

  private ActionVariables() {}
}
