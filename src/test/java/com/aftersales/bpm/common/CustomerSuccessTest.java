package com.aftersales.bpm.common;

import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * The models' customer success manager (ADR 0031): the one the CRM named, else the group; added to
 * an escalation's recipients only when the table gave the case one, and once.
 */
class CustomerSuccessTest {

  private final CustomerSuccess success = new CustomerSuccess();

  @Test
  void theNamedManagerOrElseTheGroup() {
    Assertions.assertThat(success.manager(scope(true, "csm.li"))).isEqualTo("csm.li");
    Assertions.assertThat(success.manager(scope(true, null))).isEqualTo(Groups.CUSTOMER_SUCCESS);
    Assertions.assertThat(success.manager(scope(true, "  "))).isEqualTo(Groups.CUSTOMER_SUCCESS);
  }

  @Test
  void anEscalationReachesTheManagerOnlyWhenTheCaseHasOne() {
    Assertions.assertThat(success.withManager("regional-manager", scope(true, "csm.li")))
        .isEqualTo("regional-manager,csm.li");
    Assertions.assertThat(success.withManager("service-manager,regional-manager", scope(true, null)))
        .isEqualTo("service-manager,regional-manager,customer-success");
    Assertions.assertThat(success.withManager("regional-manager", scope(false, "csm.li"))).isEqualTo("regional-manager");
    Assertions.assertThat(success.withManager("regional-manager", scope(null, "csm.li")))
        .as("a case that never asked the table (started on an earlier version and moved)").isEqualTo("regional-manager");
    Assertions.assertThat(success.withManager("csm.li, regional-manager", scope(true, "csm.li")))
        .as("named once").isEqualTo("csm.li, regional-manager");
  }

  private static VariableScope scope(Boolean successManaged, String successManager) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CustomerVariables.SUCCESS_MANAGED.name(), successManaged);
    variables.put(CustomerVariables.SUCCESS_MANAGER.name(), successManager);
    VariableScope scope = Mockito.mock(VariableScope.class);
    Mockito.when(scope.getVariable(Mockito.anyString())).thenAnswer(call -> variables.get(call.getArgument(0, String.class)));
    return scope;
  }
}
