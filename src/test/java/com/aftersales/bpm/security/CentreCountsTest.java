package com.aftersales.bpm.security;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ADR 0043: how many cases of each process run, with their incidents and failed jobs, and the
 * engine's metrics are the centre's counts, for who may open Cockpit. Tasklist staff read them
 * nowhere, whatever the spelling of the path or the API; their own work they still read.
 */
@ApplicationTest
class CentreCountsTest extends ApplicationTestSupport {

  private static final List<String> TASKLIST_STAFF = List.of("advisor", "manager", "regional", "parts", "sales",
      "delivery", "storemanager", "quality", "marketing");
  private static final List<String> COUNTS = List.of("/engine-rest/process-definition/statistics",
      "/engine-rest/process-definition/statistics/?incidents=true", "/engine-rest/process-definition/%73tatistics",
      "/engine-rest//process-definition/statistics;x=1", "/engine-rest/engine/default/process-definition/statistics",
      "/engine-rest/metrics/root-process-instance-start/sum", "/engine-rest/metrics?name=process-instances");

  @LocalServerPort int port;

  @Test
  void tasklistStaffReadNoCountsOverTheEngineRestApi() {
    for (String user : TASKLIST_STAFF) {
      for (String path : COUNTS) {
        HttpResponse<String> refused = http.get(user, path);
        Assertions.assertThat(refused.statusCode()).as(user + " " + path + " " + refused.body()).isEqualTo(403);
        Assertions.assertThat(refused.body()).contains("who may open Cockpit");
      }
      Assertions.assertThat(http.get(user, "/engine-rest/task").statusCode()).as(user).isEqualTo(200);
      Assertions.assertThat(http.get(user, "/engine-rest/process-definition").statusCode()).as(user).isEqualTo(200);
    }
  }

  @Test
  void norInTheirTasklistSessionNorThroughCockpitsApi() throws Exception {
    WebappBrowser sales = WebappBrowser.loggedIn(port, "tasklist", "sales");

    for (String path : List.of("/camunda/api/engine/engine/default/process-definition/statistics",
        "/camunda/api/engine/engine/default/metrics/activity-instance-start/sum",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics")) {
      HttpResponse<String> refused = sales.get(path);
      Assertions.assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(403);
    }
    Assertions.assertThat(sales.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
  }

  @Test
  void whoMayOpenCockpitReadsThem() throws Exception {
    for (String user : List.of("auditor", "owner", "admin")) {
      for (String path : COUNTS.subList(0, 1)) {
        Assertions.assertThat(http.get(user, path).statusCode()).as(user + " " + path).isEqualTo(200);
      }
      Assertions.assertThat(http.get(user, COUNTS.get(5)).statusCode()).as(user).isEqualTo(200);
    }
    WebappBrowser auditor = WebappBrowser.loggedIn(port, "cockpit", "auditor");
    Assertions.assertThat(auditor.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")
        .statusCode()).isEqualTo(200);
    Assertions.assertThat(auditor.get("/camunda/api/engine/engine/default/process-definition/statistics")
        .statusCode()).isEqualTo(200);
  }
}
