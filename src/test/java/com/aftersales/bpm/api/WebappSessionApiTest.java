package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The report page reads our API with the browser's Tasklist/Cockpit login; a write with that login
 * needs the session's CSRF token as the webapps' own writes do (Admin's page "Mobile numbers"),
 * which another site cannot read: without it, or with another, the write is refused.
 */
@ApplicationTest
class WebappSessionApiTest {

  @LocalServerPort int port;

  @Test
  void aWriteWithTheWebappLoginNeedsTheSessionsCsrfTokenAndTheUsualGroup() throws Exception {
    WebappBrowser admin = WebappBrowser.loggedIn(port, "admin", "admin");
    String mobile = "{\"mobile\":\"13800138009\"}";

    Assertions.assertThat(admin.sendJson("PUT", "/api/staff/auditor/mobile", mobile, null).statusCode()).isEqualTo(401);
    Assertions.assertThat(admin.sendJson("PUT", "/api/staff/auditor/mobile", mobile, "not-the-token").statusCode())
        .isEqualTo(401);
    HttpResponse<String> set = admin.sendJson("PUT", "/api/staff/auditor/mobile", mobile, admin.csrfToken());
    Assertions.assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    Assertions.assertThat(admin.sendJson("DELETE", "/api/staff/auditor/mobile", "", admin.csrfToken()).statusCode())
        .isEqualTo(204);

    WebappBrowser manager = WebappBrowser.loggedIn(port, "tasklist", "manager");
    Assertions.assertThat(manager.sendJson("PUT", "/api/staff/manager/mobile", mobile, manager.csrfToken()).statusCode())
        .as("the token is no more than a login: the groups still decide").isEqualTo(403);
  }

  @Test
  void aTasklistLoginReadsTheReportButCannotWrite() throws Exception {
    WebappBrowser browser = WebappBrowser.loggedIn(port, "tasklist", "manager");

    HttpResponse<String> report = browser.get("/api/reports/rescue?month=2020-01");
    Assertions.assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    HttpResponse<String> page = browser.get("/reports/rescue.html");
    Assertions.assertThat(page.body()).contains("Rescue report / 挽回月报");

    HttpResponse<String> write = browser.postJsonWithoutToken("/api/nps-responses", survey("SESSION-1", 2, Instant.now()));
    Assertions.assertThat(write.statusCode()).isEqualTo(401);

    String base = "http://localhost:" + port;
    HttpClient stranger = HttpClient.newHttpClient();
    Assertions.assertThat(stranger.send(HttpRequest.newBuilder(URI.create(base + "/reports/rescue.html")).GET().build(),
        BodyHandlers.ofString()).statusCode()).as("the page is behind the login").isEqualTo(302);
    Assertions.assertThat(stranger.send(HttpRequest.newBuilder(URI.create(base + "/webjars/chart.js/4.5.1/dist/chart.umd.min.js"))
        .GET().build(), BodyHandlers.ofString()).statusCode()).isEqualTo(302);
  }
}
