package com.aftersales.bpm.review;

import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.review.ReviewVariables.ACTION_SLOTS;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.aftersales.bpm.common.FormRuleViolation;
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

  private static final String[][] PARTS = {
      {"Text", "the action"}, {"Owner", "an owner"}, {"Deadline", "a deadline"}, {"Criterion", "an acceptance criterion"}};

  @Override
  public void notify(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    List<Map<String, Object>> actions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int n = 1; n <= ACTION_SLOTS; n++) {
      Map<String, String> slot = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (String[] part : PARTS) {
        Object value = task.getVariable("action" + n + part[0]);
        String text = value == null ? "" : value.toString().trim();
        slot.put(part[0], text);
        if (text.isEmpty()) {
          missing.add(part[1]);
        }
      }
      if (missing.size() == PARTS.length) {
        continue; // an empty slot
      }
      if (!missing.isEmpty()) {
        problems.add("action " + n + " is missing " + String.join(", ", missing));
        continue;
      }
      String owner = slot.get("Owner");
      boolean group = identity.createGroupQuery().groupId(owner).count() > 0;
      if (!group && identity.createUserQuery().userId(owner).count() == 0) {
        problems.add("action " + n + ": owner '" + owner + "' is neither a user nor a group");
        continue;
      }
      try {
        LocalDate.parse(slot.get("Deadline").substring(0, Math.min(10, slot.get("Deadline").length())));
      } catch (DateTimeParseException e) {
        problems.add("action " + n + ": the deadline is not a date");
        continue;
      }
      actions.add(Map.of("text", slot.get("Text"), "owner", owner, "ownerIsGroup", group,
          "deadline", slot.get("Deadline"), "criterion", slot.get("Criterion")));
    }
    if (problems.isEmpty() && actions.isEmpty()) {
      problems.add("at least one action is needed");
    }
    if (!problems.isEmpty()) {
      throw new FormRuleViolation("Every action needs the action, an owner, a deadline and an acceptance "
          + "criterion: " + String.join("; ", problems));
    }
    task.getExecution().setVariable("actions", actions);
  }
}
