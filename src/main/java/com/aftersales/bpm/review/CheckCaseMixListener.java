package com.aftersales.bpm.review;

import static com.aftersales.bpm.review.ReviewVariables.CANDIDATE_CASES;
import static com.aftersales.bpm.review.ReviewVariables.CASE_OF_KIND;
import static com.aftersales.bpm.review.ReviewVariables.DEPARTMENTS;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.review.ReviewCandidate.Kind;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Server-side check of "select cases": three different cases, one negative, one positive, one
 * complex, each from this month's candidates. A kind the month has no candidate of is left empty
 * (the form hides its field) and the review goes on with the cases it has: a month without a
 * complex case must not block its review. Sets the departments that reconstruct them.
 */
@ModelBean("checkCaseMix")
public class CheckCaseMixListener implements TaskListener {

  private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

  @Override
  public void notify(DelegateTask task) {
    Map<String, ReviewCandidate> candidates = candidates(task);
    Map<Kind, String> picked = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      picked.put(kind, CASE_OF_KIND.get(kind).optional(task).orElse("").trim());
    }
    List<String> problems = new ArrayList<>();
    picked.forEach((kind, caseId) -> {
      ReviewCandidate candidate = candidates.get(caseId);
      if (caseId.isEmpty() && candidates.values().stream().anyMatch(c -> c.kind() == kind)) {
        problems.add("no " + kind.name().toLowerCase() + " case chosen");
      } else if (caseId.isEmpty()) {
        return; // the month had none of this kind: the review goes on with the cases it has
      } else if (candidate == null) {
        problems.add(caseId + " is not a candidate of this month");
      } else if (candidate.kind() != kind) {
        problems.add(candidate.businessKey() + " is a " + candidate.kind().name().toLowerCase()
            + " case, not a " + kind.name().toLowerCase() + " one");
      }
    });
    List<String> chosen = picked.values().stream().filter(id -> !id.isEmpty()).toList();
    if (new LinkedHashSet<>(chosen).size() < chosen.size() && problems.isEmpty()) {
      problems.add("the three cases must be different");
    }
    if (!problems.isEmpty()) {
      throw new FormRuleViolation("Pick one negative, one positive and one complex case: "
          + String.join("; ", problems));
    }
    Set<String> departments = new LinkedHashSet<>(ReviewModel.STANDING_DEPARTMENTS);
    chosen.forEach(id -> departments.addAll(candidates.get(id).departments()));
    DEPARTMENTS.set(task.getExecution(), new ArrayList<>(departments));
  }

  private Map<String, ReviewCandidate> candidates(DelegateTask task) {
    try {
      List<ReviewCandidate> list = json.readValue(CANDIDATE_CASES.get(task).toString(),
          new TypeReference<List<ReviewCandidate>>() {});
      return list.stream().collect(Collectors.toMap(ReviewCandidate::caseId, c -> c));
    } catch (Exception e) {
      throw new IllegalStateException("candidate cases of this review are unreadable", e);
    }
  }
}
