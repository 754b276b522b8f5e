package com.aftersales.bpm.report;

import static com.aftersales.bpm.audit.SlaVariables.SLA_BREACHED;
import static com.aftersales.bpm.audit.SlaVariables.SLA_BREACHES;
import static com.aftersales.bpm.rescue.RescueVariables.ANSWERED_AT;
import static com.aftersales.bpm.rescue.RescueVariables.COMPENSATION_AUTHORITY;
import static com.aftersales.bpm.rescue.RescueVariables.CUSTOMER_NAME;
import static com.aftersales.bpm.rescue.RescueModel.FIRST_CONTACT_TASK;
import static com.aftersales.bpm.rescue.RescueVariables.GRADE;
import static com.aftersales.bpm.rescue.RescueVariables.HOME_VISIT_DONE;
import static com.aftersales.bpm.rescue.RescueModel.MISSED_RESPONSE_TASK;
import static com.aftersales.bpm.rescue.RescueVariables.OUTCOME;
import static com.aftersales.bpm.rescue.RescueModel.RESCUE_PROCESS;
import static com.aftersales.bpm.rescue.RescueVariables.RESPONSE_DEADLINE;
import static com.aftersales.bpm.rescue.RescueVariables.ROOT_CAUSE_CATEGORY;
import static com.aftersales.bpm.rescue.RescueVariables.TOTAL_COMPENSATION;

import com.aftersales.bpm.common.HistoricVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * Rescues as the report counts them, read from the engine's history: what {@link CaseTableFeed}
 * would have written, for cases that ran before the rescue_case table existed.
 */
public final class RescueCaseHistory {

  private static final int BATCH = 500;

  private RescueCaseHistory() {}

  /** The given rescues (ids of lowScoreRescue instances). */
  public static List<RescueCase> read(HistoryService history, List<String> ids) {
    List<RescueCase> cases = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += BATCH) {
      cases.addAll(readBatch(history, new HashSet<>(ids.subList(i, Math.min(ids.size(), i + BATCH)))));
    }
    return cases;
  }

  private static List<RescueCase> readBatch(HistoryService history, Set<String> ids) {
    List<HistoricProcessInstance> rescues = history.createHistoricProcessInstanceQuery().processInstanceIds(ids).list();
    Map<String, Map<String, Object>> vars = HistoricVariables.of(history,
        rescues.stream().map(HistoricProcessInstance::getId).toList(),
        RescueCaseTable.COLUMNS.keySet().toArray(String[]::new));
    Map<String, Instant> firstContact = new HashMap<>();
    Set<String> escalated = new HashSet<>();
    // the task query takes business keys (the survey ids), not instance ids
    String[] keys = rescues.stream().map(HistoricProcessInstance::getBusinessKey).filter(Objects::nonNull).toArray(String[]::new);
    List<HistoricTaskInstance> tasks = keys.length == 0 ? List.of() : history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(RESCUE_PROCESS).processInstanceBusinessKeyIn(keys)
        .taskDefinitionKeyIn(FIRST_CONTACT_TASK, MISSED_RESPONSE_TASK).list();
    for (HistoricTaskInstance task : tasks) {
      if (!ids.contains(task.getProcessInstanceId())) {
        continue; // another case with the same key
      }
      if (MISSED_RESPONSE_TASK.equals(task.getTaskDefinitionKey())) {
        escalated.add(task.getProcessInstanceId());
      } else if (task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
        firstContact.merge(task.getProcessInstanceId(), task.getEndTime().toInstant(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    List<RescueCase> cases = new ArrayList<>();
    for (HistoricProcessInstance rescue : rescues) {
      Map<String, Object> v = vars.get(rescue.getId());
      cases.add(new RescueCase(rescue.getId(), rescue.getBusinessKey(),
          ANSWERED_AT.optionalFrom(v).map(Date::toInstant).orElse(null), GRADE.optionalFrom(v).orElse(null),
          CUSTOMER_NAME.optionalFrom(v).orElse(null), RESPONSE_DEADLINE.optionalFrom(v).map(Date::toInstant).orElse(null),
          firstContact.get(rescue.getId()), OUTCOME.optionalFrom(v).map(Enum::name).orElse(null),
          ROOT_CAUSE_CATEGORY.optionalFrom(v).orElse(null), TOTAL_COMPENSATION.optionalFrom(v).map(RescueCaseHistory::wholeYuan).orElse(null),
          COMPENSATION_AUTHORITY.optionalFrom(v).orElse(null), HOME_VISIT_DONE.optionalFrom(v).orElse(false),
          SLA_BREACHED.optionalFrom(v).orElse(false), SLA_BREACHES.optionalFrom(v).orElse(0), escalated.contains(rescue.getId()),
          rescue.getEndTime() != null));
    }
    return cases;
  }

  /** The report counts whole CNY, as its table's column (BIGINT) keeps them. */
  private static Long wholeYuan(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
