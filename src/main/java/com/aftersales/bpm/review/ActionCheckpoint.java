package com.aftersales.bpm.review;

import static com.aftersales.bpm.review.ActionVariables.ACTION_DEADLINE;
import static com.aftersales.bpm.review.ActionVariables.ACTION_OWNER;
import static com.aftersales.bpm.review.ActionVariables.ACTION_STATE;
import static com.aftersales.bpm.review.ActionVariables.ACTION_TEXT;
import static com.aftersales.bpm.review.ActionVariables.OVERDUE;
import static com.aftersales.bpm.review.ActionVariables.REVIEW_ID;
import static com.aftersales.bpm.review.ReviewVariables.AFTER_SALES_SUPPORT_RATING;
import static com.aftersales.bpm.review.ReviewVariables.NEXT_MONTH_FOCUS;

import com.aftersales.bpm.common.HistoricVariables;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * What the next review's checkpoint opens with: the focus and the support rating the review agreed
 * (SPEC 6), and the state of its improvement actions.
 */
@Component
public class ActionCheckpoint {

  /** One action as the checkpoint shows it. */
  public record Entry(String businessKey, String text, String owner, Date deadline, String state, boolean overdue) {
    String line() {
      String due = deadline == null ? "?" : new SimpleDateFormat("yyyy-MM-dd").format(deadline);
      return state + (overdue ? " + OVERDUE / 逾期" : "") + " · " + text + " · " + owner + " · due " + due;
    }
  }

  /** An action whose state was never recorded is open. */
  private static final String OPEN = "OPEN";

  private final HistoryService history;

  public ActionCheckpoint(HistoryService history) {
    this.history = history;
  }

  public List<Entry> entries(String reviewId) {
    List<HistoricProcessInstance> actions = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReviewModel.ACTION_PROCESS).variableValueEquals(REVIEW_ID.name(), reviewId)
        .orderByProcessInstanceBusinessKey().asc().list();
    Map<String, Map<String, Object>> vars = HistoricVariables.of(history,
        actions.stream().map(HistoricProcessInstance::getId).toList(),
        ACTION_TEXT.name(), ACTION_OWNER.name(), ACTION_DEADLINE.name(), ACTION_STATE.name(), OVERDUE.name());
    List<Entry> entries = new ArrayList<>();
    for (HistoricProcessInstance action : actions) {
      Map<String, Object> v = vars.getOrDefault(action.getId(), Map.of());
      entries.add(new Entry(action.getBusinessKey(), ACTION_TEXT.optionalFrom(v).orElse(null),
          ACTION_OWNER.optionalFrom(v).orElse(null), ACTION_DEADLINE.optionalFrom(v).orElse(null),
          ACTION_STATE.optionalFrom(v).orElse(OPEN), OVERDUE.optionalFrom(v).orElse(false)));
    }
    return entries;
  }

  public String summary(String reviewId) {
    List<Entry> entries = entries(reviewId);
    String actions = entries.isEmpty() ? "No actions from " + reviewId + " / 上次复盘会无改进措施"
        : entries.stream().map(Entry::line).collect(Collectors.joining("\n"));
    return agreed(reviewId).map(focus -> focus + "\n" + actions).orElse(actions);
  }

  /** The focus and rating the review agreed, when it got as far as its last segments. */
  Optional<String> agreed(String reviewId) {
    List<String> reviews = history.createHistoricProcessInstanceQuery().processDefinitionKey(ReviewModel.PROCESS)
        .processInstanceBusinessKey(reviewId).list().stream().map(HistoricProcessInstance::getId).toList();
    Map<String, Object> v = reviews.isEmpty() ? Map.of() : HistoricVariables.of(history, reviews,
        NEXT_MONTH_FOCUS.name(), AFTER_SALES_SUPPORT_RATING.name()).getOrDefault(reviews.get(0), Map.of());
    Optional<String> focus = NEXT_MONTH_FOCUS.optionalFrom(v);
    Optional<String> rating = AFTER_SALES_SUPPORT_RATING.optionalFrom(v);
    if (focus.isEmpty() && rating.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Focus agreed / 约定的本月重点: " + focus.orElse("-") + "\n"
        + "Sales' rating of after-sales support / 销售对售后支持的评分: " + rating.map(r -> r + "/5").orElse("-"));
  }
}
