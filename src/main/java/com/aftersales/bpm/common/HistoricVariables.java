package com.aftersales.bpm.common;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/** Named variables of many cases from history in batches (an IN list has limits): case id -> name -> value. */
public final class HistoricVariables {

  private static final int BATCH = 500;

  private HistoricVariables() {}

  /** Every given case has an entry, empty when it has none of the variables; null values are left out. */
  public static Map<String, Map<String, Object>> of(HistoryService history, List<String> caseIds, String... names) {
    Map<String, Map<String, Object>> byCase = new LinkedHashMap<>();
    caseIds.forEach(id -> byCase.put(id, new HashMap<>()));
    for (int i = 0; i < caseIds.size(); i += BATCH) {
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(caseIds.subList(i, Math.min(caseIds.size(), i + BATCH)).toArray(String[]::new))
          .variableNameIn(names).disableBinaryFetching().list()) {
        if (v.getValue() != null) {
          byCase.get(v.getProcessInstanceId()).put(v.getName(), v.getValue());
        }
      }
    }
    return byCase;
  }

  /** A variable of the newest case of a process under this business key, empty when there is none or it is unset. */
  public static <T> Optional<T> ofNewest(HistoryService history, String processKey, String businessKey,
      ProcessVariable<T> variable) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc().listPage(0, 1).stream()
        .findFirst().flatMap(newest -> variable.optionalFrom(of(history, List.of(newest.getId()), variable.name())
            .get(newest.getId())));
  }
}
