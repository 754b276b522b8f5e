package com.aftersales.bpm.security;

import com.aftersales.bpm.support.AppStart;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile: no demo users, and no start at all without an admin password from outside. */
class ProdProfileTest {

  @Test
  void refusesToStartWithoutAnAdminPassword() {
    Assertions.assertThatThrownBy(() -> AppStart.start("prod", "prodNoPassword", ""))
        .hasStackTraceContaining("AFTERSALES_ADMIN_PASSWORD");
  }

  @Test
  void startsWithTheAdminOnlyWhenThePasswordIsGiven() {
    try (ConfigurableApplicationContext app = AppStart.start("prod", "prodWithPassword", "S3cret-from-env")) {
      IdentityService identity = app.getBean(IdentityService.class);
      Assertions.assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("admin");
      Assertions.assertThat(identity.checkPassword("admin", "S3cret-from-env")).isTrue();
      Assertions.assertThat(identity.createGroupQuery().groupId("service-manager").count()).isEqualTo(1);
    }
  }
}
