package com.aftersales.bpm.promise;

import static com.aftersales.bpm.promise.PromiseModel.CONFIRMED_BEFORE_APPROVAL_ALERT;
import static com.aftersales.bpm.promise.PromiseModel.CONFIRMED_BEFORE_APPROVAL_START;
import static com.aftersales.bpm.promise.PromiseModel.CUSTOMER_CONFIRMED_MESSAGE;
import static com.aftersales.bpm.promise.PromiseModel.PROCESS;

import com.aftersales.bpm.common.DisplayDates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Records the customer's confirmation of a checklist, in the caller's transaction: on its rows and,
 * while its process runs, as the process's {@code customerConfirmedAt} and, for the service manager's
 * pre-approval form, in words ({@code customerConfirmedInWords}). When promises were made
 * before their approval and are left to settle ({@link MadeBeforeApproval}), the store manager gets
 * one alert for the confirmation (ADR 0039): the running process catches {@code CustomerConfirmed}
 * in its event sub-process; a checklist whose process has ended (or runs a model without it) gets
 * an instance of the checklist's model started at that alert. The intake's checks are {@link
 * CustomerConfirmationService}'s; process tests call this directly.
 */
@Component
public class ChecklistConfirmation {

  private final RuntimeService runtime;
  private final CustomerPromiseTable table;
  private final DisplayDates dates;

  public ChecklistConfirmation(RuntimeService runtime, CustomerPromiseTable table, DisplayDates dates) {
    this.runtime = runtime;
    this.table = table;
    this.dates = dates;
  }

  public ChecklistConfirmed record(String checklistId, Instant at) {
    table.confirm(checklistId, at);
    List<CustomerPromise> rows = table.ofChecklist(checklistId);
    ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(checklistId).singleResult();
    if (running != null) {
      VariableMap confirmed = PromiseVariables.CUSTOMER_CONFIRMED_AT.putIn(Variables.createVariables(), Date.from(at));
      runtime.setVariables(running.getId(), PromiseVariables.CUSTOMER_CONFIRMED_IN_WORDS.putIn(confirmed, inWords(at)));
    }
    if (MadeBeforeApproval.anyToSettle(rows)) {
      alertStoreManager(checklistId, running, rows.get(0));
    }
    return ChecklistConfirmed.of(checklistId, rows);
  }

  /** For a promise still awaiting the service manager: it was made when the customer signed. */
  private String inWords(Instant at) {
    String signed = dates.at(Date.from(at));
    return "客户已于 " + signed + " 签字确认清单: 此承诺在您决定之前已向客户做出, 店长已知悉。拒绝或修改后, 请与销售顾问一起"
        + "联系客户 / The customer signed the checklist at " + signed + ": this promise was made before your decision, "
        + "and the store manager has been alerted. If you refuse or change it, call the customer together with the "
        + "sales advisor.";
  }

  private void alertStoreManager(String checklistId, ProcessInstance running, CustomerPromise row) {
    if (running != null && runtime.createEventSubscriptionQuery().processInstanceId(running.getId())
        .eventName(CUSTOMER_CONFIRMED_MESSAGE).activityId(CONFIRMED_BEFORE_APPROVAL_START).count() > 0) {
      runtime.createMessageCorrelation(CUSTOMER_CONFIRMED_MESSAGE).processInstanceId(running.getId())
          .correlateWithResult();
      return;
    }
    // nothing left running to catch it: the same alert, in an instance that runs only the alert and ends
    VariableMap v = Variables.createVariables();
    PromiseVariables.CHECKLIST_ID.putIn(v, checklistId);
    PromiseVariables.CUSTOMER_ID.putIn(v, row.customerId());
    PromiseVariables.ORDER_ID.putIn(v, row.orderId());
    PromiseVariables.RECORDED_AT.putIn(v, Date.from(row.recordedAt()));
    PromiseVariables.CUSTOMER_CONFIRMED_AT.putIn(v, Date.from(row.customerConfirmedAt()));
    runtime.createProcessInstanceByKey(PROCESS).businessKey(checklistId)
        .startBeforeActivity(CONFIRMED_BEFORE_APPROVAL_ALERT).setVariables(v).execute();
  }
}
