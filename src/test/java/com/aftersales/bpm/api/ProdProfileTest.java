package com.aftersales.bpm.api;

import com.aftersales.bpm.AftersalesApplication;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile: no demo users, and no start at all without an admin password from outside. */
class ProdProfileTest {

  private static String[] args(String name, String adminPassword) {
    return new String[] {
        "--spring.profiles.active=prod",
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
        "--camunda.bpm.process-engine-name=" + name,
        "--camunda.bpm.job-execution.enabled=false",
        // command-line arguments outrank the environment, so a set variable cannot leak in
        "--AFTERSALES_ADMIN_PASSWORD=" + adminPassword};
  }

  @Test
  void refusesToStartWithoutAnAdminPassword() {
    Assertions.assertThatThrownBy(() -> new SpringApplicationBuilder(AftersalesApplication.class)
            .run(args("prodNoPassword", "")))
        .hasStackTraceContaining("AFTERSALES_ADMIN_PASSWORD");
  }

  @Test
  void startsWithTheAdminOnlyWhenThePasswordIsGiven() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AftersalesApplication.class)
        .run(args("prodWithPassword", "s3cret-from-env"))) {
      IdentityService identity = app.getBean(IdentityService.class);
      Assertions.assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("admin");
      Assertions.assertThat(identity.checkPassword("admin", "s3cret-from-env")).isTrue();
      Assertions.assertThat(identity.createGroupQuery().groupId("service-manager").count()).isEqualTo(1);
    }
  }
}
