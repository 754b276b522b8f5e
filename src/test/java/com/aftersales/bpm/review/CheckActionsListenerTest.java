package com.aftersales.bpm.review;

import static com.aftersales.bpm.review.ReviewVariables.ACTIONS;
import static com.aftersales.bpm.review.ReviewVariables.ACTION_1_CRITERION;
import static com.aftersales.bpm.review.ReviewVariables.ACTION_1_DEADLINE;
import static com.aftersales.bpm.review.ReviewVariables.ACTION_1_OWNER;
import static com.aftersales.bpm.review.ReviewVariables.ACTION_1_TEXT;
import static com.aftersales.bpm.review.ReviewVariables.ACTION_2_CRITERION;
import static com.aftersales.bpm.review.ReviewVariables.ACTION_2_DEADLINE;
import static com.aftersales.bpm.review.ReviewVariables.ACTION_2_OWNER;
import static com.aftersales.bpm.review.ReviewVariables.ACTION_2_TEXT;
import static com.aftersales.bpm.review.ReviewVariables.ACTION_SLOTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.ImprovementActionVariables.ActionSlot;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Design solutions" checked without an engine: each action complete, its owner known, its deadline a date. */
class CheckActionsListenerTest {

  private final TaskStub stub = new TaskStub(Set.of("manager"), Set.of(Groups.SERVICE_MANAGER));
  private final CheckActionsListener listener = new CheckActionsListener();

  @Test
  void completeActionsBecomeTheListTheCommitStepTracks() {
    fill(ACTION_SLOTS.get(0), "Send progress SMS", "manager", "2026-12-01T00:00", "SMS sent on every order");
    fill(ACTION_SLOTS.get(2), "Daily parts call", Groups.SERVICE_MANAGER, "2026-12-15", "call log complete");

    listener.notify(stub.task);

    assertThat(stub.written).containsOnlyKeys(ACTIONS.name());
    assertThat(ACTIONS.from(stub.written)).containsExactly(
        Map.of("text", "Send progress SMS", "owner", "manager", "ownerIsGroup", false,
            "deadline", "2026-12-01T00:00", "criterion", "SMS sent on every order", "number", 1),
        Map.of("text", "Daily parts call", "owner", Groups.SERVICE_MANAGER, "ownerIsGroup", true,
            "deadline", "2026-12-15", "criterion", "call log complete", "number", 3));
  }

  @Test
  void everyIncompleteOrWrongSlotIsNamedAndNothingIsWritten() {
    fill(ACTION_SLOTS.get(0), "Send progress SMS", "nobody", "2026-12-01", "SMS sent");
    stub.submitted.put(ACTION_2_TEXT.name(), "Call back");
    stub.submitted.put(ACTION_2_OWNER.name(), " ");
    fill(ACTION_SLOTS.get(2), "Daily parts call", "manager", "next week", "call log complete");

    assertThatThrownBy(() -> listener.notify(stub.task)).isInstanceOf(FormRuleViolation.class)
        .hasMessage("Every action needs the action, an owner, a deadline and an acceptance criterion: "
            + "action 1: owner 'nobody' is neither a user nor a group (action1Owner); "
            + "action 2 is missing an owner, a deadline, an acceptance criterion (action2Owner, action2Deadline, "
            + "action2Criterion); action 3: the deadline is not a date (action3Deadline)");
    assertThat(stub.written).isEmpty();
  }

  @Test
  void anOwnerNoStoreManagerButTheOwnerCouldVerifyIsRefused() {
    TaskStub alone = new TaskStub(Set.of("manager"), Set.of(Groups.SERVICE_MANAGER, Groups.STORE_MANAGER),
        Map.of("boss", Set.of(Groups.STORE_MANAGER)));
    alone.submitted.putAll(Map.of(ACTION_1_TEXT.name(), "Tidy the desk", ACTION_1_OWNER.name(), Groups.STORE_MANAGER,
        ACTION_1_DEADLINE.name(), "2026-12-01", ACTION_1_CRITERION.name(), "desk tidy"));
    alone.submitted.putAll(Map.of(ACTION_2_TEXT.name(), "Sign the plan", ACTION_2_OWNER.name(), "boss",
        ACTION_2_DEADLINE.name(), "2026-12-01", ACTION_2_CRITERION.name(), "signed"));

    assertThatThrownBy(() -> listener.notify(alone.task)).isInstanceOf(FormRuleViolation.class)
        .hasMessageEndingWith(": action 1: no store manager but its owner 'store-manager' could verify it: name "
            + "another owner (action1Owner); action 2: no store manager but its owner 'boss' could verify it: name "
            + "another owner (action2Owner)");
    assertThat(alone.written).isEmpty();
  }

  @Test
  void anEmptyFormNeedsAtLeastOneAction() {
    stub.submitted.put(ACTION_1_TEXT.name(), "   ");
    assertThatThrownBy(() -> listener.notify(stub.task)).isInstanceOf(FormRuleViolation.class)
        .hasMessageEndingWith(": at least one action is needed");
    assertThat(stub.written).isEmpty();
  }

  @Test
  void theSlotsAreTheFormsFields() {
    assertThat(ACTION_SLOTS).extracting(ActionSlot::number).containsExactly(1, 2, 3);
    assertThat(List.of(ACTION_1_TEXT, ACTION_1_OWNER, ACTION_1_DEADLINE, ACTION_1_CRITERION))
        .extracting(v -> v.name()).containsExactly("action1Text", "action1Owner", "action1Deadline", "action1Criterion");
  }

  private void fill(ActionSlot slot, String text, String owner, String deadline, String criterion) {
    stub.submitted.putAll(Map.of(slot.text().name(), text, slot.owner().name(), owner,
        slot.deadline().name(), deadline, slot.criterion().name(), criterion));
  }
}
