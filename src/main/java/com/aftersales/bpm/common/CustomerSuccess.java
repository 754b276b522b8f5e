package com.aftersales.bpm.common;

import com.aftersales.bpm.engine.AsApplication;
import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Who the customer's success manager is, for the models' notifications and the case's history
 * grant (SPEC 6, ADR 0031): the one the CRM names ({@code successManager}) while that user is a
 * member of the group {@code customer-success}, else the group, whose members share the customers
 * without a manager. A CRM that names someone who left or who is no customer success manager
 * neither loses the alert nor gives that user the case. Whether a case has a manager at all is the
 * table customerSuccess's answer ({@code successManaged}), not decided here.
 */
@ModelBean("customerSuccess")
public class CustomerSuccess {

  private final IdentityService identity;

  public CustomerSuccess(IdentityService identity) {
    this.identity = identity;
  }

  /** {@code ${customerSuccess.manager(execution)}}: the named success manager, or the group. */
  public String manager(VariableScope scope) {
    return managerNamed(CustomerVariables.SUCCESS_MANAGER.optional(scope).orElse(null));
  }

  /** The user the CRM names while they are a success manager, else the group (also for none). */
  public String managerNamed(String successManager) {
    return Optional.ofNullable(successManager).map(String::strip).filter(id -> !id.isEmpty())
        .filter(this::isSuccessManager).orElse(Groups.CUSTOMER_SUCCESS);
  }

  /** Whether the user is in the group now, read as the application (a staff login reads only itself). */
  private boolean isSuccessManager(String userId) {
    return AsApplication.call(identity, () -> identity.createUserQuery().userId(userId)
        .memberOfGroup(Groups.CUSTOMER_SUCCESS).count() > 0);
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
