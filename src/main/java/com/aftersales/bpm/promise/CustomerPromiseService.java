package com.aftersales.bpm.promise;

import static com.aftersales.bpm.promise.PromiseVariables.*;

import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.IntakeRecords;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checklists from sales: the promises recorded, the checklist process started, in one transaction. */
@Service
public class CustomerPromiseService {

  private static final String KIND = "PROMISE_CHECKLIST";

  private final RuntimeService runtime;
  private final IntakeRecords records;
  private final CustomerPromiseTable table;

  public CustomerPromiseService(RuntimeService runtime, IntakeRecords records, CustomerPromiseTable table) {
    this.runtime = runtime;
    this.records = records;
    this.table = table;
  }

  /** The answer, and whether this call recorded the checklist (false: a repeat). */
  public record Received(ChecklistReceived result, boolean created) {}

  /** @param salesAdvisor who is told the manager's decisions (a user or the group sales) */
  @Transactional
  public Received record(CustomerPromiseChecklist checklist, String receivedBy, String salesAdvisor) {
    Optional<IntakeRecords.Stored> earlier = records.find(KIND, checklist.checklistId());
    if (earlier.isPresent()) {
      if (!earlier.get().payloadSha256().equals(records.fingerprint(checklist))) {
        throw ApiException.conflict("checklistId", "Checklist " + checklist.checklistId()
            + " was already recorded with other content");
      }
      return new Received(records.read(earlier.get(), ChecklistReceived.class), false);
    }
    // the rows first: the process walks them (its multi-instance collection) as it starts
    table.insert(checklist);
    ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS).businessKey(checklist.checklistId())
        .setVariables(variables(checklist, salesAdvisor)).execute();
    List<ChecklistReceived.Item> items = table.ofChecklist(checklist.checklistId()).stream()
        .map(p -> new ChecklistReceived.Item(p.item(), p.kind(), p.policy(), p.state())).toList();
    ChecklistReceived result = new ChecklistReceived(checklist.checklistId(), instance.getId(), items.size(),
        (int) items.stream().filter(i -> "SPECIAL".equals(i.policy())).count(), items);
    records.insert(KIND, checklist.checklistId(), checklist, result, receivedBy);
    return new Received(result, true);
  }

  public List<CustomerPromise> ofCustomer(String customerId) {
    return table.ofCustomer(customerId);
  }

  public static VariableMap variables(CustomerPromiseChecklist c, String salesAdvisor) {
    VariableMap v = Variables.createVariables();
    CHECKLIST_ID.putIn(v, c.checklistId());
    CUSTOMER_ID.putIn(v, c.customerId());
    ORDER_ID.putIn(v, c.orderId());
    RECORDED_AT.putIn(v, Date.from(c.recordedAt().toInstant()));
    SALES_ADVISOR.putIn(v, salesAdvisor);
    return v;
  }
}
