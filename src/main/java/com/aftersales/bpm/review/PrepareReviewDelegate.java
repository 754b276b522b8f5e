package com.aftersales.bpm.review;

import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.StaffWords;
import static com.aftersales.bpm.review.ReviewVariables.CANDIDATE_CASES;
import static com.aftersales.bpm.review.ReviewVariables.CAPABILITY_REPORT_IN_WORDS;
import static com.aftersales.bpm.review.ReviewVariables.OPTIONS_OF_KIND;
import static com.aftersales.bpm.review.ReviewVariables.CHAIR;
import static com.aftersales.bpm.review.ReviewVariables.CHECKPOINT_SUMMARY;
import static com.aftersales.bpm.review.ReviewVariables.REVIEW_ID;
import static com.aftersales.bpm.review.ReviewVariables.REVIEW_MONTH;

import com.aftersales.bpm.review.ReviewCandidate.Kind;
import com.aftersales.bpm.common.Groups;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.aftersales.bpm.common.FormRuleViolation;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Opens a review: which month it looks at, the month's candidate cases (one drop-down list per
 * slot of the form), the checkpoint of the previous review's actions and the month's capability report.
 */
@ModelBean("prepareReview")
public class PrepareReviewDelegate implements JavaDelegate {

  private final ReviewCandidates candidates;
  private final ActionCheckpoint checkpoint;
  private final ReviewCalendar calendar;
  private final StaffWords words;
  private final CapabilityBriefing capability;
  private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

  public PrepareReviewDelegate(ReviewCandidates candidates, ActionCheckpoint checkpoint, ReviewCalendar calendar,
      StaffWords words, CapabilityBriefing capability) {
    this.candidates = candidates;
    this.capability = capability;
    this.words = words;
    this.checkpoint = checkpoint;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    // checked at the start already (checkReviewMonth); again here, should a model drop that listener
    YearMonth month = calendar.reviewMonth(REVIEW_MONTH.optional(execution).orElse(null));
    String reviewId = reviewId(month);
    if (execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReviewModel.PROCESS).processInstanceBusinessKey(reviewId)
        .count() > 0) {
      // one review per month: its actions are the next checkpoint's, so a second one would split them
      throw new FormRuleViolation("The review of " + month + " (" + reviewId + ") has already been opened");
    }
    REVIEW_MONTH.set(execution, month.toString());
    REVIEW_ID.set(execution, reviewId);
    execution.setProcessBusinessKey(reviewId);
    if (CHAIR.optional(execution).isEmpty()) {
      // a review opened by the schedule is chaired by the store managers
      CHAIR.set(execution, Groups.STORE_MANAGER);
    }

    List<ReviewCandidate> cases = candidates.forMonth(month);
    execution.setVariable(CANDIDATE_CASES.name(), SpinValues.jsonValue(json.writeValueAsString(cases)).create());
    for (Kind kind : Kind.values()) {
      List<Map<String, String>> options = cases.stream().filter(c -> c.kind() == kind)
          .map(c -> Map.of("label", c.label(words), "value", c.caseId())).toList();
      execution.setVariable(OPTIONS_OF_KIND.get(kind).name(), SpinValues.jsonValue(write(options)).create());
    }
    CHECKPOINT_SUMMARY.set(execution, checkpoint.summary(reviewId(month.minusMonths(1))));
    // SPEC 6: the sales–after-sales meeting opens with the capability report of the month reviewed
    CAPABILITY_REPORT_IN_WORDS.set(execution, capability.inWords(month));
  }

  static String reviewId(YearMonth month) {
    return "REVIEW-" + month;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
