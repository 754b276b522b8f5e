package com.aftersales.bpm.review;

import com.aftersales.bpm.common.ProcessVariable;
import java.util.Date;

/** Variables of one improvement action (process improvementAction). */
public final class ActionVariables {

  public static final ProcessVariable<String> REVIEW_ID = ReviewVariables.REVIEW_ID;
  public static final ProcessVariable<String> ACTION_TEXT = ProcessVariable.of("actionText", String.class);
  /** A user id, or a group id when {@link #OWNER_IS_GROUP} is true. */
  public static final ProcessVariable<String> ACTION_OWNER = ProcessVariable.of("actionOwner", String.class);
  public static final ProcessVariable<Boolean> OWNER_IS_GROUP = ProcessVariable.of("ownerIsGroup", Boolean.class);
  public static final ProcessVariable<Date> ACTION_DEADLINE = ProcessVariable.of("actionDeadline", Date.class);
  public static final ProcessVariable<String> ACCEPTANCE_CRITERION = ProcessVariable.of("acceptanceCriterion", String.class);
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
