package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.notification.LoggingNotificationAdapter;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.AdminRest;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Notifications, their readers and recipient lists name users and groups side by side (ADR 0051).
 * An administrator could create a user {@code service-manager} (204) who then read that group's
 * notifications, and a group named as a user. Now each is a 400 naming the id, over the REST API
 * and Admin's own, with nothing created; staff still get the engine's 403 and learn nothing about
 * the id; and an account of a group's id made before reads the group's notifications only as a member.
 */
@ApplicationTest
class IdentityIdsTest extends ApplicationTestSupport {

  @LocalServerPort int port;
  @Autowired LoggingNotificationAdapter notifications;

  @Test
  void aUserMayNotTakeAGroupsIdNorAGroupAUsersOverBothApis() throws Exception {
    HttpResponse<String> user = new AdminRest(http).createUser(Groups.SERVICE_MANAGER);
    WebappBrowser admin = WebappBrowser.loggedIn(port, "admin", "admin");
    HttpResponse<String> inAdmin = admin.sendJson("POST", "/camunda/api/engine/engine/default/user/create",
        "{\"profile\":{\"id\":\"" + Groups.REGIONAL_MANAGER + "\",\"firstName\":\"Q\",\"lastName\":\"A\"},"
            + "\"credentials\":{\"password\":\"demo\"}}", admin.csrfToken());
    HttpResponse<String> group = http.postJson("admin", "/engine-rest/group/create",
        "{\"id\":\"advisor\",\"name\":\"Advisors\",\"type\":\"WORKFLOW\"}");
    HttpResponse<String> groupInAdmin = admin.sendJson("POST", "/camunda/api/engine/engine/default/group/create",
        "{\"id\":\"manager\",\"name\":\"Managers\",\"type\":\"WORKFLOW\"}", admin.csrfToken());

    refused(user, "'" + Groups.SERVICE_MANAGER + "' is a group's id", "Choose another user id");
    refused(inAdmin, "'" + Groups.REGIONAL_MANAGER + "' is a group's id");
    refused(group, "'advisor' is a user's id", "Choose another group id");
    refused(groupInAdmin, "'manager' is a user's id");
    Assertions.assertThat(identity.createUserQuery().userIdIn(Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER).count())
        .isZero();
    Assertions.assertThat(identity.createGroupQuery().groupIdIn("advisor", "manager").count()).isZero();
  }

  @Test
  void aFreeIdIsCreatedAndAnAccountKeepsItsIdWhenChanged() {
    AdminRest admin = new AdminRest(http);
    admin.createStaff("ids.free", Groups.SERVICE_ADVISOR);
    try {
      HttpResponse<String> renamed = http.putJson("admin", "/engine-rest/user/ids.free/profile",
          "{\"id\":\"ids.free\",\"firstName\":\"Free\",\"lastName\":\"Id\",\"email\":\"free@example.com\"}");
      Assertions.assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(204);
      HttpResponse<String> demo = http.putJson("admin", "/engine-rest/user/sales/profile",
          "{\"id\":\"sales\",\"firstName\":\"sales\",\"lastName\":\"\",\"email\":\"sales@example.com\"}");
      Assertions.assertThat(demo.statusCode()).as("a demo user named as its group is changed as before: " + demo.body())
          .isEqualTo(204);
    } finally {
      admin.deleteUser("ids.free");
    }
  }

  @Test
  void staffGetTheEnginesRefusalNotTheId() {
    HttpResponse<String> staff = http.postJson("manager", "/engine-rest/group/create", "{\"id\":\"advisor\",\"name\":\"x\"}");
    Assertions.assertThat(staff.statusCode()).as(staff.body()).isEqualTo(403);
    Assertions.assertThat(staff.body()).as("the demo user advisor exists: not told").doesNotContain("user's id");
  }

  @Test
  void anAccountNamedAsAGroupBeforeTheCheckReadsNoneOfTheGroupsNotifications() throws Exception {
    User twin = identity.newUser(Groups.STORE_MANAGER); // as an administrator could create it before
    twin.setPassword("demo");
    identity.saveUser(twin);
    identity.createMembership(Groups.STORE_MANAGER, Groups.DELIVERY);
    try {
      notifications.send(new Notification(UUID.randomUUID().toString(), Instant.now(), "ALERT", Groups.STORE_MANAGER,
          "IDS to the store managers", "王先生 138", "IDS-1", null));
      notifications.send(new Notification(UUID.randomUUID().toString(), Instant.now(), "ALERT", Groups.DELIVERY,
          "IDS to delivery", "", "IDS-1", null));

      for (String path : List.of("/api/notifications/inbox", "/api/notifications?businessKey=IDS-1")) {
        HttpResponse<String> read = http.get(Groups.STORE_MANAGER, path);
        Assertions.assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        Assertions.assertThat(read.body()).as(path).contains("IDS to delivery").doesNotContain("IDS to the store managers");
      }
    } finally {
      identity.deleteUser(Groups.STORE_MANAGER);
    }
  }

  private static void refused(HttpResponse<String> response, String... says) {
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    Assertions.assertThat(response.body()).contains(says);
  }
}
