package com.aftersales.bpm.promise;

import static com.aftersales.bpm.promise.PromiseVariables.*;
import static com.aftersales.bpm.promise.PromiseModel.*;

import com.aftersales.bpm.common.IdempotentIntake;
import com.aftersales.bpm.common.IdempotentIntake.Received;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklists from sales: the promises recorded, the checklist process started, in one transaction.
 * A checklist without {@code customerConfirmedAt} is a draft, confirmed later ({@link
 * CustomerConfirmationService}); one with it is the draft and its confirmation at once (ADR 0039).
 */
@Service
public class CustomerPromiseService {

  static final IdempotentIntake.Kind CHECKLIST = new IdempotentIntake.Kind("PROMISE_CHECKLIST",
      "checklistId", "Checklist %s was already recorded with other content");

  private final RuntimeService runtime;
  private final IdempotentIntake intake;
  private final CustomerPromiseTable table;
  private final CustomerConfirmationService confirmations;

  public CustomerPromiseService(RuntimeService runtime, IdempotentIntake intake, CustomerPromiseTable table,
      CustomerConfirmationService confirmations) {
    this.runtime = runtime;
    this.intake = intake;
    this.table = table;
    this.confirmations = confirmations;
  }

  /** @param salesAdvisor who is told the manager's decisions (a user or the group sales) */
  @Transactional
  public Received<ChecklistReceived> record(CustomerPromiseChecklist checklist, String receivedBy,
      String salesAdvisor) {
    return intake.once(CHECKLIST, checklist.checklistId(), checklist, ChecklistReceived.class, receivedBy,
        () -> start(checklist, receivedBy, salesAdvisor));
  }

  private ChecklistReceived start(CustomerPromiseChecklist checklist, String receivedBy, String salesAdvisor) {
    // the rows first: the process walks them (its multi-instance collection) as it starts
    table.insert(checklist);
    ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS).businessKey(checklist.checklistId())
        .setVariables(variables(checklist, salesAdvisor)).execute();
    if (checklist.customerConfirmedAt() != null) {
      // one step: confirmed as a separate confirmation would be, once the pre-approvals wait for it
      confirmations.confirmed(checklist.checklistId(), checklist.customerConfirmedAt().toInstant(), receivedBy,
          table.ofChecklist(checklist.checklistId()));
    }
    List<ChecklistReceived.Item> items = table.ofChecklist(checklist.checklistId()).stream()
        .map(p -> new ChecklistReceived.Item(p.item(), p.kind(), p.policy(), p.state())).toList();
    return new ChecklistReceived(checklist.checklistId(), instance.getId(), items.size(),
        (int) items.stream().filter(i -> PromiseClass.SPECIAL.is(i.policy())).count(), items);
  }

  public List<CustomerPromise> ofCustomer(String customerId) {
    return table.ofCustomer(customerId);
  }

  /** A draft's: {@code customerConfirmedAt} is set when the customer's confirmation is recorded. */
  public static VariableMap variables(CustomerPromiseChecklist c, String salesAdvisor) {
    VariableMap v = Variables.createVariables();
    CHECKLIST_ID.putIn(v, c.checklistId());
    CUSTOMER_ID.putIn(v, c.customerId());
    ORDER_ID.putIn(v, c.orderId());
    RECORDED_AT.putIn(v, Date.from(c.recordedAt().toInstant()));
    CUSTOMER_CONFIRMED_AT.putIn(v, null);
    SALES_ADVISOR.putIn(v, salesAdvisor);
    return v;
  }
}
