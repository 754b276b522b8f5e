package com.aftersales.bpm.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * The models' customer success manager (ADR 0031): the one the CRM named, else the group; added to
 * an escalation's recipients only when the table gave the case one, and once.
 */
class CustomerSuccessTest {

  private final IdentityService identity = Mockito.mock(IdentityService.class);
  private final CustomerSuccess success = new CustomerSuccess(identity);

  /** The identity service knows one member of customer-success: csmli. */
  @BeforeEach
  void onlyCsmliIsACustomerSuccessManager() {
    Mockito.when(identity.createUserQuery()).thenAnswer(call -> {
      List<String> asked = new ArrayList<>();
      UserQuery query = Mockito.mock(UserQuery.class, Mockito.RETURNS_SELF);
      Mockito.when(query.userId(Mockito.anyString())).thenAnswer(c -> {
        asked.add(c.getArgument(0, String.class));
        return query;
      });
      Mockito.when(query.memberOfGroup(Mockito.anyString())).thenAnswer(c -> {
        asked.add(c.getArgument(0, String.class));
        return query;
      });
      Mockito.when(query.count()).thenAnswer(c -> asked.equals(List.of("csmli", Groups.CUSTOMER_SUCCESS)) ? 1L : 0L);
      return query;
    });
  }

  @Test
  void theNamedManagerOrElseTheGroup() {
    Assertions.assertThat(success.manager(scope(true, "csmli"))).isEqualTo("csmli");
    Assertions.assertThat(success.manager(scope(true, null))).isEqualTo(Groups.CUSTOMER_SUCCESS);
    Assertions.assertThat(success.manager(scope(true, "  "))).isEqualTo(Groups.CUSTOMER_SUCCESS);
    Assertions.assertThat(success.manager(scope(true, "advisorzhao"))).as("named, but not in the group")
        .isEqualTo(Groups.CUSTOMER_SUCCESS);
  }

  @Test
  void anEscalationReachesTheManagerOnlyWhenTheCaseHasOne() {
    Assertions.assertThat(success.withManager("regional-manager", scope(true, "csmli")))
        .isEqualTo("regional-manager,csmli");
    Assertions.assertThat(success.withManager("service-manager,regional-manager", scope(true, null)))
        .isEqualTo("service-manager,regional-manager,customer-success");
    Assertions.assertThat(success.withManager("regional-manager", scope(false, "csmli"))).isEqualTo("regional-manager");
    Assertions.assertThat(success.withManager("regional-manager", scope(null, "csmli")))
        .as("a case that never asked the table (started on an earlier version and moved)").isEqualTo("regional-manager");
    Assertions.assertThat(success.withManager("csmli, regional-manager", scope(true, "csmli")))
        .as("named once").isEqualTo("csmli, regional-manager");
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
