package com.aftersales.bpm.common;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Who the customer's success manager is, for the models' notifications (SPEC 6, ADR 0031): the
 * one the CRM names ({@code successManager}), else the group {@code customer-success}, whose
 * members share the customers without a named manager. Whether a case has one at all is the
 * table customerSuccess's answer ({@code successManaged}), not decided here.
 */
@ModelBean("customerSuccess")
public class CustomerSuccess {

  /** {@code ${customerSuccess.manager(execution)}}: the named success manager, or the group. */
  public String manager(VariableScope scope) {
    return CustomerVariables.SUCCESS_MANAGER.optional(scope).map(String::strip).filter(id -> !id.isEmpty())
        .orElse(Groups.CUSTOMER_SUCCESS);
  }

  /** Whether the table gave the case a success manager (false in a case that never asked it). */
  public boolean isManaged(VariableScope scope) {
    return Boolean.TRUE.equals(CustomerVariables.SUCCESS_MANAGED.optional(scope).orElse(null));
  }

  /** Whether {@link #manager} names the group rather than one person. */
  public boolean isGroup(String manager) {
    return Groups.CUSTOMER_SUCCESS.equals(manager);
  }

  /**
   * {@code ${customerSuccess.withManager('service-manager', execution)}}: the recipients, and the
   * success manager too when the table gave the case one; unchanged otherwise, also in a case
   * that never asked the table (started before it existed).
   */
  public String withManager(String recipients, VariableScope scope) {
    if (!isManaged(scope)) {
      return recipients;
    }
    String manager = manager(scope);
    boolean named = Arrays.stream(recipients.split(",")).map(String::strip).anyMatch(manager::equals);
    return named ? recipients : recipients + "," + manager;
  }
}
