package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.AppStart;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The prod profile: no demo users, no start at all without an admin password from outside, and a
 * monitoring account only when its password comes from outside.
 */
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

  /** Issue 14: the scraper's account, only from the environment, with a password the policy accepts. */
  @Test
  void theMonitoringAccountComesFromTheEnvironmentAndScrapesOnly() {
    String password = "Scrape-2026-key!";
    try (ConfigurableApplicationContext app = AppStart.start("prod", "prodMonitoring", "S3cret-from-env",
        "--AFTERSALES_MONITORING_PASSWORD=" + password)) {
      IdentityService identity = app.getBean(IdentityService.class);
      Assertions.assertThat(identity.createUserQuery().list()).extracting("id")
          .containsExactlyInAnyOrder("admin", "monitoring");
      Assertions.assertThat(identity.checkPassword("monitoring", password)).isTrue();
      Assertions.assertThat(identity.createGroupQuery().groupMember("monitoring").list()).extracting("id")
          .containsExactly(Groups.MONITORING);
      Assertions.assertThat(app.getBean(AuthorizationService.class).createAuthorizationQuery()
          .groupIdIn(Groups.MONITORING).count()).isZero();

      HttpFromAddress client = new HttpFromAddress("127.0.0.1",
          ((WebServerApplicationContext) app).getWebServer().getPort());
      HttpFromAddress.Response scrape = client.get("monitoring", password, "/actuator/prometheus");
      Assertions.assertThat(scrape.status()).isEqualTo(200);
      Assertions.assertThat(scrape.body()).contains("aftersales_cases_started_total{process=\"lowScoreRescue\"} 0.0");
      Assertions.assertThat(client.get("monitoring", password, "/engine-rest/engine/prodMonitoring/task").status()).isEqualTo(403);
    }
  }

  @Test
  void refusesToStartWithAWeakMonitoringPassword() {
    Assertions.assertThatThrownBy(() -> AppStart.start("prod", "prodWeakMonitoring", "S3cret-from-env",
            "--AFTERSALES_MONITORING_PASSWORD=demo"))
        .rootCause()
        .hasMessageContaining("AFTERSALES_MONITORING_PASSWORD breaks the password policy");
  }
}
