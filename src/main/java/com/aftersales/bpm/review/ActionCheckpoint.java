package com.aftersales.bpm.review;

import static com.aftersales.bpm.review.ActionVariables.ACTION_DEADLINE;
import static com.aftersales.bpm.review.ActionVariables.ACTION_OWNER;
import static com.aftersales.bpm.review.ActionVariables.ACTION_STATE;
import static com.aftersales.bpm.review.ActionVariables.ACTION_TEXT;
import static com.aftersales.bpm.review.ActionVariables.OVERDUE;
import static com.aftersales.bpm.review.ActionVariables.REVIEW_ID;
import static com.aftersales.bpm.review.ReviewVariables.AFTER_SALES_SUPPORT_RATING;
import static com.aftersales.bpm.review.ReviewVariables.NEXT_MONTH_FOCUS;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.FittedLines;
import com.aftersales.bpm.common.HistoricVariables;
import com.aftersales.bpm.common.ImprovementActionVariables;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
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
 * (SPEC 6), the state of its improvement actions, and the actions customer cases committed (the
 * rescue's step 6, ADR 0053) that are still open or were verified or cancelled since the previous
 * review, each with its case (ADR 0058).
 */
@Component
public class ActionCheckpoint {

  /** One action as the checkpoint shows it; {@code caseId} the survey id of the rescue that committed it, else null. */
  public record Entry(String businessKey, String text, String owner, Date deadline, String state, boolean overdue,
      String caseId) {
    /** The deadline as the day it was committed for: its end is the next day's first instant (Deadlines.endOfDay). */
    String line(ZoneId centre) {
      String due = deadline == null ? "?" : LocalDate.ofInstant(deadline.toInstant().minusMillis(1), centre).toString();
      return (caseId == null ? "" : "Case / 案例 " + caseId + " · ")
          + state + (overdue ? " + OVERDUE / 逾期" : "") + " · " + text + " · " + owner + " · due " + due;
    }
  }

  /** An action whose state was never recorded is open. */
  private static final String OPEN = "OPEN";
  /** The state an action reaches at its end; one that ended otherwise was cancelled (deleted in Cockpit). */
  private static final String VERIFIED = "VERIFIED";
  private static final String CANCELLED = "CANCELLED / 已撤销";
  private static final String REVIEW_KEY_PREFIX = "REVIEW-";
  private static final String CASES_MORE = "\n… and %d more: search the improvement actions in Cockpit "
      + "/ 另有%d条,请在 Cockpit 中查看改进措施";

  private final HistoryService history;
  private final ZoneId centre;

  public ActionCheckpoint(HistoryService history, CentreTimeZone centre) {
    this.history = history;
    this.centre = centre.zone();
  }

  public List<Entry> entries(String reviewId) {
    return read(history.createHistoricProcessInstanceQuery().processDefinitionKey(ReviewModel.ACTION_PROCESS)
        .variableValueEquals(REVIEW_ID.name(), reviewId).orderByProcessInstanceBusinessKey().asc().list());
  }

  /**
   * The actions customer cases committed (no {@code reviewId}) that the review after
   * {@code previousReviewId} checks: every one still open, and those that ended (verified or
   * cancelled) since the previous review opened — with no review before, every one that ended. So
   * each is listed every month while open and once when it closes.
   */
  public List<Entry> caseEntries(String previousReviewId) {
    List<HistoricProcessInstance> actions = new ArrayList<>(history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReviewModel.ACTION_PROCESS).unfinished().list());
    var ended = history.createHistoricProcessInstanceQuery().processDefinitionKey(ReviewModel.ACTION_PROCESS).finished();
    since(previousReviewId).ifPresent(ended::finishedAfter);
    actions.addAll(ended.list());
    actions.sort(Comparator.comparing(HistoricProcessInstance::getBusinessKey, Comparator.nullsLast(String::compareTo)));
    return read(actions).stream().filter(e -> e.caseId() != null).toList();
  }

  /** When the previous review (or, were it not held, the latest before it) opened. */
  Optional<Date> since(String previousReviewId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ReviewModel.PROCESS).list().stream()
        .filter(r -> r.getBusinessKey() != null && r.getBusinessKey().startsWith(REVIEW_KEY_PREFIX)
            && r.getBusinessKey().compareTo(previousReviewId) <= 0)
        .max(Comparator.comparing(HistoricProcessInstance::getBusinessKey)).map(HistoricProcessInstance::getStartTime);
  }

  private List<Entry> read(List<HistoricProcessInstance> actions) {
    Map<String, Map<String, Object>> vars = HistoricVariables.of(history,
        actions.stream().map(HistoricProcessInstance::getId).toList(), ACTION_TEXT.name(), ACTION_OWNER.name(),
        ACTION_DEADLINE.name(), ACTION_STATE.name(), OVERDUE.name(), REVIEW_ID.name(),
        ImprovementActionVariables.SURVEY_ID.name());
    List<Entry> entries = new ArrayList<>();
    for (HistoricProcessInstance action : actions) {
      Map<String, Object> v = vars.getOrDefault(action.getId(), Map.of());
      String state = ACTION_STATE.optionalFrom(v).orElse(OPEN);
      if (action.getEndTime() != null && !VERIFIED.equals(state)) {
        state = CANCELLED;
      }
      entries.add(new Entry(action.getBusinessKey(), ACTION_TEXT.optionalFrom(v).orElse(null),
          ACTION_OWNER.optionalFrom(v).orElse(null), ACTION_DEADLINE.optionalFrom(v).orElse(null),
          state, OVERDUE.optionalFrom(v).orElse(false), REVIEW_ID.optionalFrom(v).isPresent() ? null : caseOf(action, v)));
    }
    return entries;
  }

  /** The rescue's survey id; an action started before ADR 0058 names it in its business key {@code <survey id>/<slot>}. */
  private static String caseOf(HistoricProcessInstance action, Map<String, Object> v) {
    String key = action.getBusinessKey();
    return ImprovementActionVariables.SURVEY_ID.optionalFrom(v)
        .orElseGet(() -> key == null || key.indexOf('/') < 0 ? "?" : key.substring(0, key.lastIndexOf('/')));
  }

  public String summary(String reviewId) {
    List<Entry> entries = entries(reviewId);
    String actions = entries.isEmpty() ? "No actions from " + reviewId + " / 上次复盘会无改进措施"
        : entries.stream().map(e -> e.line(centre)).collect(Collectors.joining("\n"));
    String text = agreed(reviewId).map(focus -> focus + "\n" + actions).orElse(actions);
    List<Entry> cases = caseEntries(reviewId);
    if (!cases.isEmpty()) {
      Optional<String> since = since(reviewId).map(this::day);
      text += "\n\nCustomer cases' actions: still open, or closed" + since.map(d -> " since " + d).orElse("")
          + " / 客户案例的改进措施:未关闭的,及" + since.map(d -> " " + d + " 以来").orElse("") + "已关闭的\n";
      // open actions pile up month after month: the text must still fit the engine's variable
      text += FittedLines.of(cases.stream().map(e -> e.line(centre)).toList(),
          FittedLines.ENGINE_TEXT - text.length(), CASES_MORE);
    }
    return text.length() <= FittedLines.ENGINE_TEXT ? text : text.substring(0, FittedLines.ENGINE_TEXT - 1) + "…";
  }

  private String day(Date date) {
    return LocalDate.ofInstant(date.toInstant(), centre).toString();
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
