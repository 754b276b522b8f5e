package com.aftersales.bpm.common;

import static com.aftersales.bpm.common.ImprovementActionVariables.ACTION_SLOTS;

import com.aftersales.bpm.common.ImprovementActionVariables.ActionSlot;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The server's check of the improvement actions a form commits (SPEC 3: a concrete action, an
 * owner — a user or a group —, a deadline and an acceptance criterion, all four, or it is not an
 * action), shared by the joint review's *Design solutions* and the rescue's *Review and improve*
 * (ADR 0053). The owner is staff who work tasks in Tasklist (ADR 0057). A problem names the slot and
 * its fields; nothing is written when there is one.
 */
public final class ImprovementActionCheck {

  /** A field of an action slot: its key in each checked action's map (the models read {@code action.text}). */
  record Part(String key, String missing, Function<ActionSlot, ProcessVariable<String>> field) {}

  static final Part TEXT = new Part("text", "the action", ActionSlot::text);
  static final Part OWNER = new Part("owner", "an owner", ActionSlot::owner);
  static final Part DEADLINE = new Part("deadline", "a deadline", ActionSlot::deadline);
  static final Part CRITERION = new Part("criterion", "an acceptance criterion", ActionSlot::criterion);
  private static final List<Part> PARTS = List.of(TEXT, OWNER, DEADLINE, CRITERION);

  /** The key of each checked action's map that says the owner is a group. */
  public static final String OWNER_IS_GROUP_KEY = "ownerIsGroup";
  /** The key of each checked action's map that holds its slot's number on the form (1 to 3). */
  public static final String NUMBER_KEY = "number";

  private ImprovementActionCheck() {}

  /**
   * The complete actions of the task's submitted slots, in order; an empty slot is skipped.
   *
   * @param oneNeeded whether the form must commit at least one action
   * @throws FormRuleViolation naming every slot that is incomplete or wrong
   */
  public static List<Map<String, Object>> actions(DelegateTask task, boolean oneNeeded) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    List<Map<String, Object>> actions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (ActionSlot slot : ACTION_SLOTS) {
      Map<Part, String> filled = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      List<String> missingFields = new ArrayList<>();
      for (Part part : PARTS) {
        String text = part.field().apply(slot).optional(task).orElse("").trim();
        filled.put(part, text);
        if (text.isEmpty()) {
          missing.add(part.missing());
          missingFields.add(part.field().apply(slot).name());
        }
      }
      String problem = missing.size() == PARTS.size() ? null // an empty slot
          : !missing.isEmpty() ? "action " + slot.number() + " is missing " + String.join(", ", missing)
              + " (" + String.join(", ", missingFields) + ")"
          : check(identity, slot, filled, actions);
      if (problem != null) {
        problems.add(problem);
      }
    }
    if (oneNeeded && problems.isEmpty() && actions.isEmpty()) {
      problems.add("at least one action is needed");
    }
    if (!problems.isEmpty()) {
      throw new FormRuleViolation("Every action needs the action, an owner, a deadline and an acceptance "
          + "criterion: " + String.join("; ", problems));
    }
    return actions;
  }

  /** Whether the user is the action's owner, or a member of the group that owns it. */
  public static boolean isOwner(IdentityService identity, String userId, String owner, boolean ownerIsGroup) {
    return ownerIsGroup ? identity.createUserQuery().userId(userId).memberOfGroup(owner).count() > 0
        : userId.equals(owner);
  }

  /**
   * Whether a store manager (the candidates of "verify the action") who is not its owner is left to
   * verify it: an action owned by their group, or by the only store manager, would never close.
   */
  private static boolean verifiable(IdentityService identity, String owner, boolean group) {
    return identity.createUserQuery().memberOfGroup(Groups.STORE_MANAGER).list().stream()
        .anyMatch(verifier -> !isOwner(identity, verifier.getId(), owner, group));
  }

  /**
   * Whether the owner carries the action out in Tasklist: a staff group ({@link Groups#STAFF}), or a
   * member of one. Administrators, system accounts, auditors, success managers and process owners work
   * no task of the staff's: an action of theirs would never be done, or be work beyond their job.
   */
  private static boolean worksTasks(IdentityService identity, String owner, boolean group) {
    return group ? Groups.STAFF.contains(owner)
        : Groups.STAFF.stream().anyMatch(staff -> identity.createUserQuery().userId(owner).memberOfGroup(staff).count() > 0);
  }

  /** A complete slot's problem, or null after adding it to the actions. */
  private static String check(IdentityService identity, ActionSlot slot, Map<Part, String> filled,
      List<Map<String, Object>> actions) {
    int number = slot.number();
    String owner = filled.get(OWNER);
    boolean group = identity.createGroupQuery().groupId(owner).count() > 0;
    if (!group && identity.createUserQuery().userId(owner).count() == 0) {
      return "action " + number + ": owner '" + owner + "' is neither a user nor a group (" + slot.owner().name() + ")";
    }
    if (!worksTasks(identity, owner, group)) {
      return "action " + number + ": owner '" + owner + "' is not staff who work tasks (" + slot.owner().name() + ")";
    }
    if (!verifiable(identity, owner, group)) {
      return "action " + number + ": no store manager but its owner '" + owner
          + "' could verify it: name another owner (" + slot.owner().name() + ")";
    }
    String deadline = filled.get(DEADLINE);
    try {
      LocalDate.parse(deadline.substring(0, Math.min(10, deadline.length())));
    } catch (DateTimeParseException e) {
      return "action " + number + ": the deadline is not a date (" + slot.deadline().name() + ")";
    }
    Map<String, Object> action = new LinkedHashMap<>();
    filled.forEach((part, text) -> action.put(part.key(), text));
    action.put(OWNER_IS_GROUP_KEY, group);
    action.put(NUMBER_KEY, number);
    actions.add(action);
    return null;
  }
}
