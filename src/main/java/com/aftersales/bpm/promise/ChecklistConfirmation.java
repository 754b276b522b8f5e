package com.aftersales.bpm.promise;

import static com.aftersales.bpm.promise.PromiseModel.CUSTOMER_CONFIRMED_MESSAGE;
import static com.aftersales.bpm.promise.PromiseModel.PROCESS;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Records the customer's confirmation of a checklist, in the caller's transaction: on its rows and,
 * while its process runs, as the process's {@code customerConfirmedAt}, and tells the process
 * ({@code CustomerConfirmed}): every pre-approval still open alerts the store manager, as that
 * promise was made before it was approved (ADR 0039). The intake's checks are {@link
 * CustomerConfirmationService}'s; process tests call this directly.
 */
@Component
public class ChecklistConfirmation {

  private final RuntimeService runtime;
  private final CustomerPromiseTable table;

  public ChecklistConfirmation(RuntimeService runtime, CustomerPromiseTable table) {
    this.runtime = runtime;
    this.table = table;
  }

  public ChecklistConfirmed record(String checklistId, Instant at) {
    table.confirm(checklistId, at);
    ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(checklistId).singleResult();
    if (running != null) {
      runtime.setVariables(running.getId(),
          PromiseVariables.CUSTOMER_CONFIRMED_AT.putIn(Variables.createVariables(), Date.from(at)));
      // none waiting (all standard, or all decided) is no error: the rows are all there is to update
      runtime.createMessageCorrelation(CUSTOMER_CONFIRMED_MESSAGE).processInstanceId(running.getId())
          .correlateAllWithResult();
    }
    return ChecklistConfirmed.of(checklistId, table.ofChecklist(checklistId));
  }
}
