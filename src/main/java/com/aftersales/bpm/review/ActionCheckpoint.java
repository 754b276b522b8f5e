package com.aftersales.bpm.review;

import com.aftersales.bpm.common.HistoricVariables;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/** The state of a review's improvement actions, for the next review's checkpoint. */
@Component
public class ActionCheckpoint {

  /** One action as the checkpoint shows it. */
  public record Entry(String businessKey, String text, String owner, Date deadline, String state, boolean overdue) {
    String line() {
      String due = deadline == null ? "?" : new SimpleDateFormat("yyyy-MM-dd").format(deadline);
      return state + (overdue ? " + OVERDUE / 逾期" : "") + " · " + text + " · " + owner + " · due " + due;
    }
  }

  private final HistoryService history;

  public ActionCheckpoint(HistoryService history) {
    this.history = history;
  }

  public List<Entry> entries(String reviewId) {
    List<HistoricProcessInstance> actions = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ActionVariables.PROCESS).variableValueEquals(ActionVariables.REVIEW_ID.name(), reviewId)
        .orderByProcessInstanceBusinessKey().asc().list();
    Map<String, Map<String, Object>> vars = HistoricVariables.of(history,
        actions.stream().map(HistoricProcessInstance::getId).toList(),
        "actionText", "actionOwner", "actionDeadline", "actionState", "overdue");
    List<Entry> entries = new ArrayList<>();
    for (HistoricProcessInstance action : actions) {
      Map<String, Object> v = vars.getOrDefault(action.getId(), Map.of());
      entries.add(new Entry(action.getBusinessKey(), (String) v.get("actionText"), (String) v.get("actionOwner"),
          (Date) v.get("actionDeadline"), (String) v.getOrDefault("actionState", "OPEN"),
          Boolean.TRUE.equals(v.get("overdue"))));
    }
    return entries;
  }

  public String summary(String reviewId) {
    List<Entry> entries = entries(reviewId);
    return entries.isEmpty() ? "No actions from " + reviewId + " / 上次复盘会无改进措施"
        : entries.stream().map(Entry::line).collect(Collectors.joining("\n"));
  }
}
