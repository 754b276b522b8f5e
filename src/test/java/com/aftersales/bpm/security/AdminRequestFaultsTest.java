package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an administrator gets wrong in Admin is a 400 that says what, with nothing changed; these
 * were 500s with no reason: a user or group added to a tenant it is already in, an authorization
 * that exists (the database's keys), an authorization of an unknown type or with a group on a
 * GLOBAL one (the engine's refusal as the REST API sets its fields), and a name, id or resource id
 * longer than the engine's column (also staff saving their own profile).
 */
@ApplicationTest
class AdminRequestFaultsTest extends ApplicationTestSupport {

  private static final String TENANT = "west1";

  @LocalServerPort int port;

  @Test
  void aTenantMembershipThatExistsIsA400NamingIt() throws Exception {
    Assertions.assertThat(http.postJson("admin", "/engine-rest/tenant/create", "{\"id\":\"" + TENANT + "\",\"name\":\"West\"}")
        .statusCode()).isEqualTo(204);
    try {
      String users = "/engine-rest/tenant/" + TENANT + "/user-members/advisor";
      String groups = "/engine-rest/tenant/" + TENANT + "/group-members/" + Groups.SALES;
      Assertions.assertThat(http.putJson("admin", users, "").statusCode()).isEqualTo(204);
      Assertions.assertThat(http.putJson("admin", groups, "").statusCode()).isEqualTo(204);
      WebappBrowser admin = WebappBrowser.loggedIn(port, "admin", "admin");

      refused(http.putJson("admin", users, ""), "User 'advisor' is already a member of tenant '" + TENANT + "'");
      refused(http.putJson("admin", groups, ""), "Group '" + Groups.SALES + "' is already a member of tenant '" + TENANT + "'");
      refused(admin.sendJson("PUT", "/camunda/api/engine/engine/default" + users.substring("/engine-rest".length()), "",
          admin.csrfToken()), "User 'advisor' is already a member");
      Assertions.assertThat(identity.createTenantQuery().tenantId(TENANT).userMember("advisor").count()).isOne();
      Assertions.assertThat(identity.createTenantQuery().tenantId(TENANT).groupMember(Groups.SALES).count()).isOne();
    } finally {
      identity.deleteTenant(TENANT);
    }
  }

  @Test
  void anAuthorizationOfAnUnknownTypeOrWithAGroupOnAGlobalOneIsA400NamingIt() throws Exception {
    long before = authorizations.createAuthorizationQuery().count();
    WebappBrowser admin = WebappBrowser.loggedIn(port, "admin", "admin");

    refused(http.postJson("admin", "/engine-rest/authorization/create", "{\"type\":9,\"permissions\":[\"READ\"],"
        + "\"userId\":\"advisor\",\"resourceType\":0,\"resourceId\":\"tasklist\"}"), "authorization type '9'");
    refused(http.postJson("admin", "/engine-rest/authorization/create", "{\"type\":0,\"permissions\":[\"ACCESS\"],"
        + "\"userId\":\"*\",\"groupId\":\"" + Groups.SALES + "\",\"resourceType\":0,\"resourceId\":\"cockpit\"}"),
        "Cannot use 'groupId' for GLOBAL authorization");
    refused(http.postJson("admin", "/engine-rest/authorization/create", "{\"type\":0,\"permissions\":[\"ACCESS\"],"
        + "\"userId\":\"advisor\",\"resourceType\":0,\"resourceId\":\"cockpit\"}"), "for userId for GLOBAL authorization");
    refused(admin.sendJson("POST", "/camunda/api/engine/engine/default/authorization/create", "{\"type\":-1,"
        + "\"permissions\":[\"ACCESS\"],\"groupId\":\"" + Groups.SALES + "\",\"resourceType\":0,\"resourceId\":\"cockpit\"}",
        admin.csrfToken()), "authorization type '-1'");

    Assertions.assertThat(authorizations.createAuthorizationQuery().count()).as("nothing granted").isEqualTo(before);
  }

  @Test
  void anAuthorizationThatExistsIsA400NamingItAndItsPermissionsStillChange() throws Exception {
    String grant = "{\"type\":1,\"permissions\":[\"ACCESS\"],\"userId\":\"advisor\",\"resourceType\":0,"
        + "\"resourceId\":\"faults-twice\"}";
    HttpResponse<String> first = http.postJson("admin", "/engine-rest/authorization/create", grant);
    Assertions.assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    String id = json.readTree(first.body()).get("id").asText();
    try {
      refused(http.postJson("admin", "/engine-rest/authorization/create", grant), "exists already (" + id + ")");
      HttpResponse<String> changed = http.putJson("admin", "/engine-rest/authorization/" + id, grant.replace("ACCESS", "ALL"));
      Assertions.assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
      Assertions.assertThat(authorizations.createAuthorizationQuery().resourceId("faults-twice").count()).isOne();
    } finally {
      authorizations.deleteAuthorization(id);
    }
  }

  @Test
  void aValueLongerThanTheEnginesColumnIsA400NamingTheField() {
    String longText = "x".repeat(300);
    refused(http.postJson("admin", "/engine-rest/user/create", "{\"profile\":{\"id\":\"faults.long\",\"firstName\":\""
        + longText + "\",\"lastName\":\"Li\"},\"credentials\":{\"password\":\"demo\"}}"), "firstName has 300 characters");
    refused(http.postJson("admin", "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + "a".repeat(65)
        + "\",\"firstName\":\"Li\",\"lastName\":\"Li\"},\"credentials\":{\"password\":\"demo\"}}"), "id has 65 characters");
    refused(http.putJson("manager", "/engine-rest/user/manager/profile", "{\"id\":\"manager\",\"firstName\":\"manager\","
        + "\"lastName\":\"" + longText + "\",\"email\":\"manager@example.com\"}"), "lastName has 300 characters");
    refused(http.postJson("admin", "/engine-rest/group/create", "{\"id\":\"faults-long\",\"name\":\"" + longText + "\"}"),
        "name has 300 characters");
    refused(http.postJson("admin", "/engine-rest/tenant/create", "{\"id\":\"faultslong\",\"name\":\"" + longText + "\"}"),
        "name has 300 characters");
    refused(http.postJson("admin", "/engine-rest/authorization/create", "{\"type\":1,\"permissions\":[\"ACCESS\"],"
        + "\"userId\":\"advisor\",\"resourceType\":0,\"resourceId\":\"" + longText + "\"}"), "resourceId has 300 characters");

    Assertions.assertThat(identity.createUserQuery().userId("faults.long").count()).isZero();
    Assertions.assertThat(identity.createUserQuery().userId("manager").singleResult().getLastName()).isNotEqualTo(longText);
    Assertions.assertThat(identity.createGroupQuery().groupId("faults-long").count()).isZero();
    Assertions.assertThat(identity.createTenantQuery().tenantId("faultslong").count()).isZero();
  }

  /** Production turns the engine's password policy on: a weak password was a 500 "Password does not match policy". */
  @Test
  void aPasswordThatBreaksThePolicyIsA400NamingPassword() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    PasswordPolicy before = configuration.getPasswordPolicy();
    configuration.setPasswordPolicy(new DefaultPasswordPolicyImpl());
    configuration.setEnablePasswordPolicy(true);
    try {
      refused(http.postJson("admin", "/engine-rest/user/create", "{\"profile\":{\"id\":\"faults.weak\",\"firstName\":\"Li\","
          + "\"lastName\":\"Li\"},\"credentials\":{\"password\":\"abc\"}}"), "password: Password does not match policy");
      refused(http.putJson("admin", "/engine-rest/user/advisor/credentials",
          "{\"password\":\"abc\",\"authenticatedUserPassword\":\"demo\"}"), "password: Password does not match policy");
    } finally {
      configuration.setEnablePasswordPolicy(false);
      configuration.setPasswordPolicy(before);
    }
    Assertions.assertThat(identity.createUserQuery().userId("faults.weak").count()).isZero();
    Assertions.assertThat(identity.checkPassword("advisor", "demo")).as("the password as it was").isTrue();
  }

  @Test
  void aValidAuthorizationIsCreatedAsBefore() {
    HttpResponse<String> created = http.postJson("admin", "/engine-rest/authorization/create", "{\"type\":1,"
        + "\"permissions\":[\"READ\"],\"userId\":\"advisor\",\"resourceType\":5,\"resourceId\":\"faults-check\"}");
    Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    authorizations.createAuthorizationQuery().resourceId("faults-check").list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  private static void refused(HttpResponse<String> response, String says) {
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    Assertions.assertThat(response.body()).contains(says);
  }
}
