package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator adding a user to a group they are already in got a 500 (the database's key
 * refused the second row): now a 400 that says so, over the REST API and Admin's own, with the
 * membership as it was; a new membership is added as before. The same holds for the same
 * membership added twice at once (an administrator's double click): one is added, the other is the 400.
 */
@ApplicationTest
class MembershipsOnceTest extends ApplicationTestSupport {

  @LocalServerPort int port;

  @Test
  void aMembershipThatExistsIsA400NamingItOverBothApis() throws Exception {
    HttpResponse<String> again = http.putJson("admin", "/engine-rest/group/" + Groups.SALES + "/members/sales", "");
    WebappBrowser admin = WebappBrowser.loggedIn(port, "admin", "admin");
    HttpResponse<String> inAdmin = admin.sendJson("PUT", "/camunda/api/engine/engine/default/group/"
        + Groups.SALES + "/members/sales", "", admin.csrfToken());

    for (HttpResponse<String> refused : java.util.List.of(again, inAdmin)) {
      Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      Assertions.assertThat(refused.body()).contains("User 'sales' is already a member of group 'sales'");
    }
    Assertions.assertThat(identity.createUserQuery().userId("sales").memberOfGroup(Groups.SALES).count()).isOne();
  }

  @Test
  void theSameMembershipAddedTwiceAtOnceIsAddedOnceAndTheOtherIsA400() {
    for (int round = 0; round < 5; round++) {
      CyclicBarrier together = new CyclicBarrier(4);
      List<CompletableFuture<HttpResponse<String>>> adds = java.util.stream.IntStream.range(0, 4)
          .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
              together.await();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            return http.putJson("admin", "/engine-rest/group/" + Groups.DELIVERY + "/members/marketing", "");
          })).toList();
      try {
        List<Integer> statuses = adds.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        Assertions.assertThat(statuses).as("round " + round + ": " + adds.stream().map(CompletableFuture::join)
            .map(HttpResponse::body).toList()).containsOnly(204, 400).containsOnlyOnce(204);
      } finally {
        identity.deleteMembership("marketing", Groups.DELIVERY);
      }
    }
  }

  @Test
  void aNewMembershipIsAddedAsBefore() {
    HttpResponse<String> added = http.putJson("admin", "/engine-rest/group/" + Groups.DELIVERY + "/members/quality", "");
    try {
      Assertions.assertThat(added.statusCode()).as(added.body()).isEqualTo(204);
      Assertions.assertThat(identity.createUserQuery().userId("quality").memberOfGroup(Groups.DELIVERY).count()).isOne();
    } finally {
      identity.deleteMembership("quality", Groups.DELIVERY);
    }
  }
}
