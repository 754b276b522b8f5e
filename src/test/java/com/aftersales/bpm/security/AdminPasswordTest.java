package com.aftersales.bpm.security;

import com.aftersales.bpm.support.AppStart;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 12, finding 1: AFTERSALES_ADMIN_PASSWORD is the admin's password after every start, and in
 * prod it must pass the engine's password policy.
 */
class AdminPasswordTest {

  @Test
  void aChangedAdminPasswordIsAppliedOnTheNextStart() {
    try (ConfigurableApplicationContext first = AppStart.start("default", "adminPasswordChange", "demo")) {
      Assertions.assertThat(first.getBean(IdentityService.class).checkPassword("admin", "demo")).isTrue();
    }
    try (ConfigurableApplicationContext second = AppStart.start("default", "adminPasswordChange", "changed")) {
      IdentityService identity = second.getBean(IdentityService.class);
      Assertions.assertThat(identity.checkPassword("admin", "demo")).isFalse();
      Assertions.assertThat(identity.checkPassword("admin", "changed")).isTrue();
    }
  }

  @Test
  void prodRefusesToStartWithAWeakAdminPassword() {
    Assertions.assertThatThrownBy(() -> AppStart.start("prod", "prodWeakPassword", "a"))
        .rootCause()
        .hasMessageContaining("AFTERSALES_ADMIN_PASSWORD breaks the password policy")
        .hasMessageContaining("at least 10 characters")
        .hasMessageContaining("upper-case")
        .hasMessageContaining("digit")
        .hasMessageContaining("special");
  }

  @Test
  void prodRefusesAnAdminPasswordContainingTheUserName() {
    Assertions.assertThatThrownBy(() -> AppStart.start("prod", "prodNamePassword", "Admin-2026-pass"))
        .rootCause()
        .hasMessageContaining("not to contain the user's id or name");
  }

  @Test
  void theDefaultProfileKeepsTheDemoPassword() {
    try (ConfigurableApplicationContext app = AppStart.start("default", "defaultDemoPassword", "demo")) {
      Assertions.assertThat(app.getBean(IdentityService.class).checkPassword("admin", "demo")).isTrue();
    }
  }
}
