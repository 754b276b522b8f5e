package com.aftersales.bpm.benchmark;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What {@link Lifecycles} submits with each user task's form, on our model and its bare twin alike,
 * and which variables the driver sets itself (so that the bare twin does not start with them).
 */
final class LifecycleForms {

  static final Map<String, Map<String, Object>> RESCUE = Map.of(
      "Task_HandleMissedResponse", Map.of("escalationAction", "called the customer myself"),
      "Task_FirstContact", Map.of("leapListened", true, "leapEmpathized", true, "leapAcknowledged", true,
          "leapPromised", true, "painPoints", "could not collect the car on time", "promise", "solution by tomorrow"),
      "Task_Investigate", Map.of("facts", "records checked", "responsibility", "OURS", "rootCauseCategory",
          "WAIT_TIME", "shortTermRemedy", "apology"),
      "Task_DesignSolution", Map.of("problemFixItems", "repair", "problemFixValue", 6000L, "lossCompensationItems",
          "voucher", "lossCompensationValue", 100L, "emotionalRepairItems", "home visit", "emotionalRepairValue", 0L),
      "Task_ApproveCompensation", Map.of("approvalDecision", "APPROVED"),
      "Task_ExecuteAndFollowUp", Map.of("calledBackAtPromisedTime", true, "homeVisitDone", true, "fixStarted", true,
          "progressUpdates", "photos sent", "customerResponse", "ACCEPTED"),
      "Task_ReviewAndImprove", Map.of("whatHappened", "long wait", "doneRight", "fast call", "doneWrong",
          "no updates", "systemImprovement", "progress SMS", "nominatedForJointReview", false));

  static final Map<String, Map<String, Object>> PARTS = Map.of(
      "Task_ManagerTakeOver", Map.of("apologyCallDone", true, "mobilityArranged", "LOANER"),
      "Task_ProactiveUpdate", Map.of("whatWasSaid", "no news today", "nextAnswerBy", "tomorrow",
          "customerReaction", "CALM"),
      "Task_Repair", Map.of("repairDone", true),
      "Task_ManagerHandover", Map.of("handoverNote", "sorry again", "handwrittenNote", true));

  /** What the driver itself sets (forms, events): not part of what the bare twin starts with. */
  static final Set<String> DRIVEN = new HashSet<>(Set.of("promisedCallbackAt", "reRatingScore",
      "reRatedAt", "partArrivedAt", "promisedDate", "worstCaseDate", "customerOption", "waitingBenefit",
      "commitmentsExplained"));

  static {
    RESCUE.values().forEach(form -> DRIVEN.addAll(form.keySet()));
    PARTS.values().forEach(form -> DRIVEN.addAll(form.keySet()));
  }

  private LifecycleForms() {}
}
