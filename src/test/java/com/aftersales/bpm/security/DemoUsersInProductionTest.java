package com.aftersales.bpm.security;

import com.aftersales.bpm.support.AppStart;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 12, finding 1: a database that a demo start filled keeps its demo users (password "demo");
 * the prod profile does not start on it until they are gone.
 */
class DemoUsersInProductionTest {

  private static final String DATABASE = "demoThenProd";
  private static final String PROD_PASSWORD = "Str0ng-Secret!";

  @Test
  void prodRefusesToStartWhileDemoUsersExistAndDeletesThemWhenToldTo() {
    try (ConfigurableApplicationContext demo = AppStart.start("default", DATABASE, "demo")) {
      Assertions.assertThat(demo.getBean(IdentityService.class).checkPassword("integration", "demo")).isTrue();
    }

    Assertions.assertThatThrownBy(() -> AppStart.start("prod", DATABASE, PROD_PASSWORD))
        .rootCause()
        .hasMessageContaining("Demo users still exist")
        .hasMessageContaining("owner")
        .hasMessageContaining("integration")
        .hasMessageContaining("monitoring")
        .hasMessageContaining("AFTERSALES_DELETE_DEMO_USERS=true");

    try (ConfigurableApplicationContext prod = AppStart.start("prod", DATABASE, PROD_PASSWORD,
        "--aftersales.delete-demo-users=true")) {
      IdentityService identity = prod.getBean(IdentityService.class);
      Assertions.assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("admin");
      Assertions.assertThat(identity.checkPassword("admin", "demo")).isFalse();
      Assertions.assertThat(identity.checkPassword("admin", PROD_PASSWORD)).isTrue();
    }
  }
}
