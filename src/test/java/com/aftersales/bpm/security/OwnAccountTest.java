package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.AdminRest;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff keep their own account up to date (read it, change their name and password) but can
 * neither delete it nor move the address their alerts go to: accounts are the administrator's
 * (ADR 0033). An account created before this version, which the
 * engine gave ALL on itself, is narrowed at start.
 */
@ApplicationTest
class OwnAccountTest extends ApplicationTestSupport {

  @Autowired GrantUpgrade upgrade;

  @Test
  void staffChangeTheirPasswordButCannotDeleteTheirAccount() {
    new AdminRest(http).createStaff("own.account", Groups.SERVICE_ADVISOR);

    assertCannotDeleteItself("own.account");
    Assertions.assertThat(http.get("own.account", "/engine-rest/user/own.account/profile").statusCode()).isEqualTo(200);
    HttpResponse<String> changed = http.putJson("own.account", "/engine-rest/user/own.account/credentials",
        "{\"password\": \"Kept-Up-To-Date-2026\", \"authenticatedUserPassword\": \"demo\"}");
    Assertions.assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    Assertions.assertThat(identity.checkPassword("own.account", "Kept-Up-To-Date-2026")).isTrue();
  }

  /** Alerts, with customers' names and phones, go to the account's e-mail address. */
  @Test
  void staffChangeTheirNameButNotTheAddressTheirAlertsGoTo() {
    new AdminRest(http).createStaff("own.mail", Groups.SERVICE_ADVISOR);

    HttpResponse<String> moved = http.putJson("own.mail", "/engine-rest/user/own.mail/profile",
        "{\"id\": \"own.mail\", \"firstName\": \"Li\", \"lastName\": \"Wang\", \"email\": \"me@private.example\"}");
    Assertions.assertThat(moved.statusCode()).as(moved.body()).isEqualTo(403);
    Assertions.assertThat(moved.body()).contains("e-mail");
    HttpResponse<String> renamed = http.putJson("own.mail", "/engine-rest/user/own.mail/profile",
        "{\"id\": \"own.mail\", \"firstName\": \"Lili\", \"lastName\": \"Wang\", \"email\": \"staff@example.com\"}");
    Assertions.assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(204);
    Assertions.assertThat(identity.createUserQuery().userId("own.mail").singleResult())
        .extracting(User::getFirstName, User::getEmail).containsExactly("Lili", "staff@example.com");

    Assertions.assertThat(http.putJson("admin", "/engine-rest/user/own.mail/profile",
        "{\"id\": \"own.mail\", \"firstName\": \"Lili\", \"lastName\": \"Wang\", \"email\": \"wang.li@example.com\"}")
        .statusCode()).as("the administrator sets it").isEqualTo(204);
    Assertions.assertThat(identity.createUserQuery().userId("own.mail").singleResult().getEmail())
        .isEqualTo("wang.li@example.com");
  }

  @Test
  void anAccountFromAnEarlierVersionIsNarrowedAtStart() {
    new AdminRest(http).createStaff("old.account", Groups.SERVICE_ADVISOR);
    Authorization own = authorizations.createAuthorizationQuery().resourceType(Resources.USER)
        .resourceId("old.account").userIdIn("old.account").singleResult();
    own.addPermission(Permissions.ALL); // what the engine's default gave
    authorizations.saveAuthorization(own);

    upgrade.afterPropertiesSet();

    assertCannotDeleteItself("old.account");
  }

  private void assertCannotDeleteItself(String id) {
    Assertions.assertThat(http.delete(id, "/engine-rest/user/" + id).statusCode()).isEqualTo(403);
    Assertions.assertThat(identity.createUserQuery().userId(id).count()).as("the account is still there").isOne();
  }
}
