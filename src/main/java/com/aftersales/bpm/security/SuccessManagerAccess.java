package com.aftersales.bpm.security;

import com.aftersales.bpm.common.CustomerSuccess;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.engine.CaseHistoryGrant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * {@code ${successManagerAccess}}, the end listener of the rescue's and the parts order's
 * <i>Check for a customer success manager</i>: when the table gave the case a success manager,
 * that manager (the named CSM, else the group customer-success) may read this case's history, and
 * no other case's (ADR 0032). Granted in the case's own transaction, whoever's request runs it
 * ({@link CaseHistoryGrant}); the history cleanup removes the grant with the case.
 */
@ModelBean("successManagerAccess")
public class SuccessManagerAccess implements ExecutionListener {

  private final CustomerSuccess customerSuccess;

  public SuccessManagerAccess(CustomerSuccess customerSuccess) {
    this.customerSuccess = customerSuccess;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!customerSuccess.isManaged(execution)) {
      return;
    }
    String manager = customerSuccess.manager(execution);
    boolean group = customerSuccess.isGroup(manager);
    CaseHistoryGrant.read(execution, group ? null : manager, group ? manager : null);
  }
}
