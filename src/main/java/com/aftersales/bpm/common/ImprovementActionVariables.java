package com.aftersales.bpm.common;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * An improvement action (SPEC 3: a concrete action, an owner, a deadline and an acceptance
 * criterion — all four, or it is not an action) as the forms that commit one ask for it and as the
 * process {@code improvementAction} tracks it. The joint review's *Design solutions* and the
 * rescue's *Review and improve* commit actions on the same three slots, checked by
 * {@link ImprovementActionCheck} (ADR 0053).
 */
public final class ImprovementActionVariables {

  // the form's slots: four fields each (the form's date as text); 2 and 3 are added by a tick
  public static final ProcessVariable<String> ACTION_1_TEXT = ProcessVariable.of("action1Text", String.class);
  public static final ProcessVariable<String> ACTION_1_OWNER = ProcessVariable.of("action1Owner", String.class);
  public static final ProcessVariable<String> ACTION_1_DEADLINE = ProcessVariable.of("action1Deadline", String.class);
  public static final ProcessVariable<String> ACTION_1_CRITERION = ProcessVariable.of("action1Criterion", String.class);
  /** Ticked where an action is optional (the rescue's review): shows slot 1. */
  public static final ProcessVariable<Boolean> ADD_ACTION_1 = ProcessVariable.of("addAction1", Boolean.class);
  public static final ProcessVariable<Boolean> ADD_ACTION_2 = ProcessVariable.of("addAction2", Boolean.class);
  public static final ProcessVariable<String> ACTION_2_TEXT = ProcessVariable.of("action2Text", String.class);
  public static final ProcessVariable<String> ACTION_2_OWNER = ProcessVariable.of("action2Owner", String.class);
  public static final ProcessVariable<String> ACTION_2_DEADLINE = ProcessVariable.of("action2Deadline", String.class);
  public static final ProcessVariable<String> ACTION_2_CRITERION = ProcessVariable.of("action2Criterion", String.class);
  public static final ProcessVariable<Boolean> ADD_ACTION_3 = ProcessVariable.of("addAction3", Boolean.class);
  public static final ProcessVariable<String> ACTION_3_TEXT = ProcessVariable.of("action3Text", String.class);
  public static final ProcessVariable<String> ACTION_3_OWNER = ProcessVariable.of("action3Owner", String.class);
  public static final ProcessVariable<String> ACTION_3_DEADLINE = ProcessVariable.of("action3Deadline", String.class);
  public static final ProcessVariable<String> ACTION_3_CRITERION = ProcessVariable.of("action3Criterion", String.class);

  /** One slot of a form that commits actions. */
  public record ActionSlot(int number, ProcessVariable<String> text, ProcessVariable<String> owner,
      ProcessVariable<String> deadline, ProcessVariable<String> criterion) {}

  /** The forms' action slots, in order. */
  public static final List<ActionSlot> ACTION_SLOTS = List.of(
      new ActionSlot(1, ACTION_1_TEXT, ACTION_1_OWNER, ACTION_1_DEADLINE, ACTION_1_CRITERION),
      new ActionSlot(2, ACTION_2_TEXT, ACTION_2_OWNER, ACTION_2_DEADLINE, ACTION_2_CRITERION),
      new ActionSlot(3, ACTION_3_TEXT, ACTION_3_OWNER, ACTION_3_DEADLINE, ACTION_3_CRITERION));
  /**
   * The checked actions (a list of maps with the keys of {@link ImprovementActionCheck}: the models
   * read {@code action.text}, {@code action.owner}, {@code action.ownerIsGroup},
   * {@code action.deadline}, {@code action.criterion}), each tracked as an improvement action;
   * {@link #ACTION} is one of them inside the multi-instance that starts them.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final ProcessVariable<List<Map<String, Object>>> ACTIONS = ProcessVariable.of("actions", (Class) List.class);
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final ProcessVariable<Map<String, Object>> ACTION = ProcessVariable.of("action", (Class) Map.class);

  // one tracked action (process improvementAction), as it is started
  public static final ProcessVariable<String> ACTION_TEXT = ProcessVariable.of("actionText", String.class);
  /** A user id, or a group id when {@link #OWNER_IS_GROUP} is true. */
  public static final ProcessVariable<String> ACTION_OWNER = ProcessVariable.of("actionOwner", String.class);
  public static final ProcessVariable<Boolean> OWNER_IS_GROUP = ProcessVariable.of("ownerIsGroup", Boolean.class);
  /** The end of the deadline's day in the centre's zone. */
  public static final ProcessVariable<Date> ACTION_DEADLINE = ProcessVariable.of("actionDeadline", Date.class);
  public static final ProcessVariable<String> ACCEPTANCE_CRITERION = ProcessVariable.of("acceptanceCriterion", String.class);
  /**
   * The survey id of the rescue (the customer's case) whose step 6 committed the action, the same
   * name as the rescue's own variable, so a variable search for a survey finds the rescue and its
   * actions; a review's actions have none, nor have actions of rescues before ADR 0058 (their
   * business key {@code <survey id>/<slot>} names it).
   */
  public static final ProcessVariable<String> SURVEY_ID = ProcessVariable.of("surveyId", String.class);

  private ImprovementActionVariables() {}
}
