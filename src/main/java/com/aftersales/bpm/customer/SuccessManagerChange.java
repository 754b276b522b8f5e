package com.aftersales.bpm.customer;

import static com.aftersales.bpm.common.CustomerVariables.CUSTOMER_ID;
import static com.aftersales.bpm.common.CustomerVariables.SUCCESS_MANAGED;
import static com.aftersales.bpm.common.CustomerVariables.SUCCESS_MANAGER;

import com.aftersales.bpm.common.CustomerSuccess;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.HistoricVariables;
import com.aftersales.bpm.engine.CaseHistoryGrant;
import com.aftersales.bpm.parts.PartsModel;
import com.aftersales.bpm.rescue.RescueModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CRM gives a customer another success manager, or none (ADR 0037): every rescue and parts
 * order of that customer that has a success manager (ADR 0031) changes hands at once, running or
 * finished. The running ones tell the new manager of what follows (their {@code successManager});
 * the history grant of each (ADR 0032) moves from the old manager to the new one, or to the group
 * when the CRM names nobody or someone outside it, as at the case's start.
 */
@Service
public class SuccessManagerChange {

  /** What changed: the customer, who reads their cases now, and how many cases moved. */
  public record Changed(String customerId, String reader, int cases) {}

  private final ProcessEngine engine;
  private final CustomerSuccess customerSuccess;

  public SuccessManagerChange(ProcessEngine engine, CustomerSuccess customerSuccess) {
    this.engine = engine;
    this.customerSuccess = customerSuccess;
  }

  @Transactional
  public Changed change(String customerId, String successManager) {
    String reader = customerSuccess.managerNamed(successManager);
    String toUser = customerSuccess.isGroup(reader) ? null : reader;
    HistoryService history = engine.getHistoryService();
    List<String> cases = history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(RescueModel.RESCUE_PROCESS, PartsModel.PROCESS)
        .variableValueEquals(CUSTOMER_ID.name(), customerId).list().stream().map(HistoricProcessInstance::getId).toList();
    Map<String, Map<String, Object>> variables = HistoricVariables.of(history, cases, SUCCESS_MANAGED.name(),
        SUCCESS_MANAGER.name());
    int moved = 0;
    for (String caseId : cases) {
      Map<String, Object> values = variables.get(caseId);
      if (!Boolean.TRUE.equals(SUCCESS_MANAGED.optionalFrom(values).orElse(null))) {
        continue;
      }
      String before = SUCCESS_MANAGER.optionalFrom(values).map(String::strip).orElse(null);
      moved++;
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(caseId).count() > 0) {
        // the running case's own variable, the row this change updates: a change at the same moment
        // either committed before this read (and its reader is the one moved) or fails this one's lock
        before = SUCCESS_MANAGER.optionalFrom(engine.getRuntimeService().getVariables(caseId,
            List.of(SUCCESS_MANAGER.name()))).map(String::strip).orElse(null);
        if (Objects.equals(before, successManager == null ? null : successManager.strip())) {
          // already theirs: the engine writes no unchanged value, so there is no lock to fail on; a change
          // committed since this read moved the grant on, and moving it back here would leave two readers
          continue;
        }
        engine.getRuntimeService().setVariable(caseId, SUCCESS_MANAGER.name(), successManager);
      }
      CaseHistoryGrant.moveTo(engine, caseId, before, toUser, Groups.CUSTOMER_SUCCESS);
    }
    return new Changed(customerId, reader, moved);
  }
}
