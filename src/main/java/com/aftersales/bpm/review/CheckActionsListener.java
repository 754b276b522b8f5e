package com.aftersales.bpm.review;

import static com.aftersales.bpm.review.ReviewVariables.ACTIONS;
import static com.aftersales.bpm.review.ReviewVariables.ACTION_SLOTS;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.ProcessVariable;
import com.aftersales.bpm.review.ReviewVariables.ActionSlot;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Server-side check of "design solutions" (SPEC 3 step 4): every action has an action, an owner
 * (a user or a group), a deadline and an acceptance criterion — all four, or it is not an action.
 * Builds the list the commit step tracks.
 */
@ModelBean("checkActions")
public class CheckActionsListener implements TaskListener {

  /** A field of an action slot: its key in each map of {@link ReviewVariables#ACTIONS} (the model reads {@code action.text}). */
  record Part(String key, String missing, Function<ActionSlot, ProcessVariable<String>> field) {}

  static final Part TEXT = new Part("text", "the action", ActionSlot::text);
  static final Part OWNER = new Part("owner", "an owner", ActionSlot::owner);
  static final Part DEADLINE = new Part("deadline", "a deadline", ActionSlot::deadline);
  static final Part CRITERION = new Part("criterion", "an acceptance criterion", ActionSlot::criterion);
  private static final List<Part> PARTS = List.of(TEXT, OWNER, DEADLINE, CRITERION);

  /** The key of each map of {@link ReviewVariables#ACTIONS} that says the owner is a group. */
  public static final String OWNER_IS_GROUP_KEY = "ownerIsGroup";

  @Override
  public void notify(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    List<Map<String, Object>> actions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (ActionSlot slot : ACTION_SLOTS) {
      Map<Part, String> filled = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (Part part : PARTS) {
        String text = part.field().apply(slot).optional(task).orElse("").trim();
        filled.put(part, text);
        if (text.isEmpty()) {
          missing.add(part.missing());
        }
      }
      String problem = missing.size() == PARTS.size() ? null // an empty slot
          : !missing.isEmpty() ? "action " + slot.number() + " is missing " + String.join(", ", missing)
          : check(identity, slot.number(), filled, actions);
      if (problem != null) {
        problems.add(problem);
      }
    }
    if (problems.isEmpty() && actions.isEmpty()) {
      problems.add("at least one action is needed");
    }
    if (!problems.isEmpty()) {
      throw new FormRuleViolation("Every action needs the action, an owner, a deadline and an acceptance "
          + "criterion: " + String.join("; ", problems));
    }
    ACTIONS.set(task.getExecution(), actions);
  }

  /**
   * Whether a store manager (the candidates of "verify the action") who is not its owner is left to
   * verify it: an action owned by their group, or by the only store manager, would never close.
   */
  private static boolean verifiable(IdentityService identity, String owner, boolean group) {
    return identity.createUserQuery().memberOfGroup(Groups.STORE_MANAGER).list().stream()
        .anyMatch(verifier -> !CheckVerifierListener.isOwner(identity, verifier.getId(), owner, group));
  }

  /** A complete slot's problem, or null after adding it to the actions. */
  private static String check(IdentityService identity, int number, Map<Part, String> filled,
      List<Map<String, Object>> actions) {
    String owner = filled.get(OWNER);
    boolean group = identity.createGroupQuery().groupId(owner).count() > 0;
    if (!group && identity.createUserQuery().userId(owner).count() == 0) {
      return "action " + number + ": owner '" + owner + "' is neither a user nor a group";
    }
    if (!verifiable(identity, owner, group)) {
      return "action " + number + ": no store manager but its owner '" + owner
          + "' could verify it: name another owner";
    }
    String deadline = filled.get(DEADLINE);
    try {
      LocalDate.parse(deadline.substring(0, Math.min(10, deadline.length())));
    } catch (DateTimeParseException e) {
      return "action " + number + ": the deadline is not a date";
    }
    Map<String, Object> action = new LinkedHashMap<>();
    filled.forEach((part, text) -> action.put(part.key(), text));
    action.put(OWNER_IS_GROUP_KEY, group);
    actions.add(action);
    return null;
  }
}
