package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ADR 33: one click on "Delete group" in Admin would end every membership of the group and delete
 * every grant to it, leaving its tasks with nobody to work them. The application's groups cannot be
 * deleted, by an administrator either, over the REST API or Admin's own; a group an administrator
 * made is theirs to delete. Nor may a new group differ from one of the application's only in case.
 */
@ApplicationTest
class KeptGroupsTest extends ApplicationTestSupport {

  @LocalServerPort int port;

  @Test
  void noApplicationGroupIsDeletedAndItKeepsItsMembersAndGrants() throws Exception {
    long grants = authorizations.createAuthorizationQuery().groupIdIn(Groups.SERVICE_MANAGER).count();
    WebappBrowser admin = WebappBrowser.loggedIn(port, "admin", "admin");

    for (String group : Groups.ALL) {
      HttpResponse<String> refused = http.delete("admin", "/engine-rest/group/" + group);
      Assertions.assertThat(refused.statusCode()).as(group).isEqualTo(403);
      Assertions.assertThat(refused.body()).contains("Group '" + group + "' cannot be deleted", "Take members out");
    }
    HttpResponse<String> inAdmin = admin.sendJson("DELETE", "/camunda/api/engine/engine/default/group/"
        + Groups.SERVICE_MANAGER, "", admin.csrfToken());
    Assertions.assertThat(inAdmin.statusCode()).as(inAdmin.body()).isEqualTo(403);

    Assertions.assertThat(identity.createGroupQuery().groupIdIn(Groups.ALL.toArray(String[]::new)).count())
        .isEqualTo(Groups.ALL.size());
    Assertions.assertThat(identity.createUserQuery().memberOfGroup(Groups.SERVICE_MANAGER).userId("manager").count())
        .isEqualTo(1);
    Assertions.assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.SERVICE_MANAGER).count())
        .isEqualTo(grants);
  }

  @Test
  void aNewGroupDifferingFromOneOfTheApplicationsOnlyInCaseIsA400() {
    HttpResponse<String> refused = http.postJson("admin", "/engine-rest/group/create",
        "{\"id\":\"Service-Manager\",\"name\":\"Managers\",\"type\":\"WORKFLOW\"}");

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("'Service-Manager' differs from the application's group '"
        + Groups.SERVICE_MANAGER + "' only in case");
    Assertions.assertThat(identity.createGroupQuery().groupId("Service-Manager").count()).isZero();
  }

  @Test
  void aGroupAnAdministratorMadeIsTheirsToDelete() {
    Assertions.assertThat(http.postJson("admin", "/engine-rest/group/create",
        "{\"id\":\"night-shift\",\"name\":\"Night shift\",\"type\":\"WORKFLOW\"}").statusCode()).isEqualTo(204);

    Assertions.assertThat(http.delete("admin", "/engine-rest/group/night-shift").statusCode()).isEqualTo(204);
    Assertions.assertThat(identity.createGroupQuery().groupId("night-shift").count()).isZero();
  }
}
