package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.AdminRest;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Http;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * ADR 35 through the whole application, logged in as each would be: only an administrator sets a
 * staff member's mobile number (staff may not set theirs, which would send their group's urgent
 * alerts to any phone), and an account deleted in Admin takes its number with it, so the id given
 * again inherits none. Bad input: StaffMobileControllerSliceTest and ApiFuzzTest.
 */
@ApplicationTest
class StaffMobileApiTest extends ApplicationTestSupport {

  @Test
  void staffMayNotSetANumberTheirOwnIncluded() {
    new AdminRest(http).createStaff("qian.own", Groups.SERVICE_MANAGER);
    Assertions.assertThat(setMobile(http, "admin", "qian.own", "138 0013 8001").statusCode()).isEqualTo(200);

    for (String caller : new String[] {"qian.own", "manager", "auditor", "integration"}) {
      Assertions.assertThat(setMobile(http, caller, "qian.own", "139 0000 0000").statusCode()).as(caller).isEqualTo(403);
      Assertions.assertThat(http.delete(caller, "/api/staff/qian.own/mobile").statusCode()).as(caller).isEqualTo(403);
    }
    Assertions.assertThat(http.get("qian.own", "/api/staff/qian.own/mobile").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.get("admin", "/api/staff/qian.own/mobile").body())
        .isEqualTo("{\"userId\":\"qian.own\",\"mobile\":\"+8613800138001\"}");
  }

  @Test
  void aDeletedAccountTakesItsNumberWithIt() {
    AdminRest admin = new AdminRest(http);
    admin.createStaff("wu.leaves", Groups.SERVICE_MANAGER);
    Assertions.assertThat(setMobile(http, "admin", "wu.leaves", "+852 6123 4567").statusCode()).isEqualTo(200);

    admin.deleteUser("wu.leaves");

    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_mobile WHERE user_id = 'wu.leaves'",
        Integer.class)).isZero();
    Assertions.assertThat(admin.createUser("wu.leaves").statusCode()).isEqualTo(204);
    Assertions.assertThat(http.get("admin", "/api/staff/wu.leaves/mobile").statusCode())
        .as("the id given again inherits no number").isEqualTo(404);
  }

  @Test
  void leavingAGroupKeepsTheNumberAndAnUnknownAccountIsA404() {
    AdminRest admin = new AdminRest(http);
    admin.createStaff("zheng.moves", Groups.SERVICE_MANAGER);
    Assertions.assertThat(setMobile(http, "admin", "zheng.moves", "13800138002").statusCode()).isEqualTo(200);

    admin.removeFromGroup("zheng.moves", Groups.SERVICE_MANAGER);

    Assertions.assertThat(http.get("admin", "/api/staff/zheng.moves/mobile").statusCode()).isEqualTo(200);
    HttpResponse<String> unknown = setMobile(http, "admin", "no.such.user", "13800138000");
    Assertions.assertThat(unknown.statusCode()).isEqualTo(404);
    Assertions.assertThat(unknown.body()).contains("no staff account no.such.user");
  }

  static HttpResponse<String> setMobile(Http http, String caller, String userId, String mobile) {
    return http.putJson(caller, "/api/staff/" + userId + "/mobile", "{\"mobile\":\"" + mobile + "\"}");
  }
}
