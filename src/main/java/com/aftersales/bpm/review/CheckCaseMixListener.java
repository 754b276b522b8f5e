package com.aftersales.bpm.review;

import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.review.ReviewVariables.COMPLEX_CASE;
import static com.aftersales.bpm.review.ReviewVariables.NEGATIVE_CASE;
import static com.aftersales.bpm.review.ReviewVariables.POSITIVE_CASE;
import static com.aftersales.bpm.review.ReviewVariables.STANDING_DEPARTMENTS;

import com.aftersales.bpm.review.ReviewCandidate.Kind;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import com.aftersales.bpm.common.FormRuleViolation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Server-side check of "select cases": exactly three different cases, one negative, one positive,
 * one complex, each from this month's candidates. Sets the departments that reconstruct them.
 */
@ModelBean("checkCaseMix")
public class CheckCaseMixListener implements TaskListener {

  private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

  @Override
  public void notify(DelegateTask task) {
    Map<String, ReviewCandidate> candidates = candidates(task);
    Map<Kind, String> picked = Map.of(Kind.NEGATIVE, nullToEmpty(NEGATIVE_CASE.get(task)),
        Kind.POSITIVE, nullToEmpty(POSITIVE_CASE.get(task)), Kind.COMPLEX, nullToEmpty(COMPLEX_CASE.get(task)));
    List<String> problems = new ArrayList<>();
    picked.forEach((kind, caseId) -> {
      ReviewCandidate candidate = candidates.get(caseId);
      if (caseId.isEmpty()) {
        problems.add("no " + kind.name().toLowerCase() + " case chosen");
      } else if (candidate == null) {
        problems.add(caseId + " is not a candidate of this month");
      } else if (candidate.kind() != kind) {
        problems.add(candidate.businessKey() + " is a " + candidate.kind().name().toLowerCase()
            + " case, not a " + kind.name().toLowerCase() + " one");
      }
    });
    if (new LinkedHashSet<>(picked.values()).size() < picked.size() && problems.isEmpty()) {
      problems.add("the three cases must be different");
    }
    if (!problems.isEmpty()) {
      throw new FormRuleViolation("Pick one negative, one positive and one complex case: "
          + String.join("; ", problems));
    }
    Set<String> departments = new LinkedHashSet<>(STANDING_DEPARTMENTS);
    picked.values().forEach(id -> departments.addAll(candidates.get(id).departments()));
    task.getExecution().setVariable("departments", new ArrayList<>(departments));
  }

  private Map<String, ReviewCandidate> candidates(DelegateTask task) {
    SpinJsonNode stored = (SpinJsonNode) task.getVariable("candidateCases");
    try {
      List<ReviewCandidate> list = json.readValue(stored.toString(), new TypeReference<List<ReviewCandidate>>() {});
      return list.stream().collect(Collectors.toMap(ReviewCandidate::caseId, c -> c));
    } catch (Exception e) {
      throw new IllegalStateException("candidate cases of this review are unreadable", e);
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value.trim();
  }
}
