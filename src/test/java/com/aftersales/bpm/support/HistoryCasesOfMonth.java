package com.aftersales.bpm.support;

import com.aftersales.bpm.parts.PartsVariables;
import com.aftersales.bpm.parts.PartsModel;
import com.aftersales.bpm.rescue.RescueModel;
import com.aftersales.bpm.rescue.RescueVariables;
import com.aftersales.bpm.review.CasesOfMonth;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * The month's cases for the process tests' plain engine, which has no report tables: the same
 * rule (answered at, reported at) read from the engine's variable history.
 */
public class HistoryCasesOfMonth implements CasesOfMonth {

  private final HistoryService history;

  public HistoryCasesOfMonth(HistoryService history) {
    this.history = history;
  }

  @Override
  public List<String> rescuesAnswered(Instant from, Instant to) {
    return between(RescueModel.RESCUE_PROCESS, RescueVariables.ANSWERED_AT.name(), from, to);
  }

  @Override
  public List<String> ordersReported(Instant from, Instant to) {
    return between(PartsModel.PROCESS, PartsVariables.REPORTED_AT.name(), from, to);
  }

  private List<String> between(String process, String variable, Instant from, Instant to) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(process)
        .variableValueGreaterThanOrEqual(variable, Date.from(from)).variableValueLessThan(variable, Date.from(to))
        .orderByProcessInstanceStartTime().asc().list().stream().map(HistoricProcessInstance::getId).toList();
  }
}
