package com.aftersales.bpm.support;

import com.aftersales.bpm.promise.PromiseModel;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.DisplayDates;
import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.promise.ChecklistConfirmation;
import com.aftersales.bpm.promise.ChecklistConfirmed;
import com.aftersales.bpm.promise.CustomerPromise;
import com.aftersales.bpm.promise.CustomerPromiseChecklist;
import com.aftersales.bpm.promise.CustomerPromiseService;
import com.aftersales.bpm.promise.CustomerPromiseTable;
import com.aftersales.bpm.promise.CustomerPromises;
import com.aftersales.bpm.promise.MadeBeforeApproval;
import com.aftersales.bpm.promise.PromiseKind;
import com.aftersales.bpm.promise.PromiseState;
import com.aftersales.bpm.promise.PromiseVariables;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records sales checklists in the real customer_promise table of the process tests' engine (created
 * by the application's migrations, see {@link ProcessTestEngineConfiguration}) and starts each
 * checklist's process as the intake does; the model beans {@code customerPromises} and {@code
 * madeBeforeApproval} read that table.
 */
public final class PromiseChecklistDriver {

  public static final String SALES_ADVISOR = "sales.li";

  public final CustomerPromiseTable table;

  private PromiseChecklistDriver(CustomerPromiseTable table) {
    this.table = table;
  }

  /** An empty table, and the real model bean over it (in place of the words-only one). */
  public static PromiseChecklistDriver on(ProcessTestSupport engine) {
    JdbcTemplate jdbc = new JdbcTemplate(engine.configuration().getDataSource());
    jdbc.update("DELETE FROM customer_promise");
    PromiseChecklistDriver driver = new PromiseChecklistDriver(new CustomerPromiseTable(jdbc));
    Mocks.register("customerPromises", driver.promises());
    Mocks.register("madeBeforeApproval", new MadeBeforeApproval(driver.table, driver.promises()));
    return driver;
  }

  /** The model bean over the table, in the tests' time zone. */
  public CustomerPromises promises() {
    return new CustomerPromises(table, new StaffWords(), new CentreTimeZone("UTC"));
  }

  /**
   * A draft, posted before the customer confirmed it, as the intake starts it: customer C-id, order
   * SO-id, sales advisor {@link #SALES_ADVISOR}.
   */
  public ProcessInstance start(String checklistId, Instant recordedAt, CustomerPromiseChecklist.Item... items) {
    CustomerPromiseChecklist checklist = new CustomerPromiseChecklist(checklistId, "C-" + checklistId,
        "SO-" + checklistId, recordedAt.atOffset(ZoneOffset.ofHours(8)), null, List.of(items));
    table.insert(checklist);
    return runtimeService().createProcessInstanceByKey(PromiseModel.PROCESS).businessKey(checklistId)
        .setVariables(CustomerPromiseService.variables(checklist, SALES_ADVISOR)).execute();
  }

  /** A checklist posted in one step, confirmed when it was recorded: the draft, then its confirmation. */
  public ProcessInstance startConfirmed(String checklistId, Instant recordedAt, CustomerPromiseChecklist.Item... items) {
    ProcessInstance checklist = start(checklistId, recordedAt, items);
    confirm(checklistId, recordedAt);
    return checklist;
  }

  /** The customer's confirmation as the intake records it once its checks pass (the real engine side). */
  public ChecklistConfirmed confirm(String checklistId, Instant customerConfirmedAt) {
    return new ChecklistConfirmation(runtimeService(), table, new DisplayDates(new CentreTimeZone("UTC")))
        .record(checklistId, customerConfirmedAt);
  }

  public static CustomerPromiseChecklist.Item item(PromiseKind kind, String description, String value) {
    return new CustomerPromiseChecklist.Item(kind, description, new BigDecimal(value), null);
  }

  /** The approval task of one item ({@code checklistId#n}). */
  public static Task approval(List<Task> approvals, String itemId) {
    return approvals.stream().filter(t -> itemId.equals(taskService().getVariable(t.getId(), "promiseItemId")))
        .findFirst().orElseThrow(() -> new AssertionError("no approval for " + itemId));
  }

  /**
   * The service manager's window passes undecided: the clock moves to the pre-approval's due date
   * and the SLA timer {@code Timer_PreApprovalDue} fires (its job executed, as the job executor would).
   */
  public void passPreApprovalWindow(ProcessInstance checklist) {
    Job timer = ProcessTestSupport.job(checklist, "Timer_PreApprovalDue");
    if (timer == null) {
      throw new AssertionError("no pre-approval timer waiting in " + checklist.getBusinessKey());
    }
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService().executeJob(timer.getId());
  }

  /** The service manager decides the promise {@code itemId} ({@code checklistId#n}) of a running checklist. */
  public static void decide(ProcessInstance checklist, String itemId, String decision, String changedPromise) {
    java.util.Map<String, Object> v = new java.util.HashMap<>(java.util.Map.of("promiseDecision", decision,
        "promiseDecisionReason", "decided in the test"));
    if (changedPromise != null) {
      v.put("changedPromise", changedPromise);
    }
    complete(approval(taskQuery().processInstanceId(checklist.getId()).list(), itemId), v);
  }

  public List<PromiseState> states(String checklistId) {
    return table.ofChecklist(checklistId).stream().map(CustomerPromise::state).toList();
  }
}
