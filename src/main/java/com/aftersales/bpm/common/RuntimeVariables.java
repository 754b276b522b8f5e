package com.aftersales.bpm.common;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Named variables of many running cases in one query, as the batch views read them: case id -> name
 * -> value. Only the cases' own variables (not a task's or a sub-process's local ones); null values
 * are left out. The history counterpart is {@link HistoricVariables}.
 */
public final class RuntimeVariables {

  private RuntimeVariables() {}

  /** A case with none of the variables has no entry. */
  public static Map<String, Map<String, Object>> of(RuntimeService runtime, List<String> caseIds, String... names) {
    if (caseIds.isEmpty()) {
      return Map.of();
    }
    return runtime.createVariableInstanceQuery().processInstanceIdIn(caseIds.toArray(String[]::new))
        .variableNameIn(names).disableBinaryFetching().unlimitedList().stream()
        .filter(v -> v.getValue() != null && v.getExecutionId().equals(v.getProcessInstanceId()))
        .collect(Collectors.groupingBy(VariableInstance::getProcessInstanceId,
            Collectors.toMap(VariableInstance::getName, VariableInstance::getValue, (a, b) -> a)));
  }
}
