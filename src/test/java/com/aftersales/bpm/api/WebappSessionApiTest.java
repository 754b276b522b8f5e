package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The report page reads our API with the browser's Tasklist/Cockpit login; that login may only
 * read: a write with it is refused (no cross-site request can change anything).
 */
@ApplicationTest
class WebappSessionApiTest {

  @LocalServerPort int port;

  @Test
  void aTasklistLoginReadsTheReportButCannotWrite() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    // as Tasklist's login page does: fetch the CSRF token cookie, then log in with it
    browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build(), BodyHandlers.ofString());
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(
            base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(BodyPublishers.ofString("username=manager&password=demo")).build(), BodyHandlers.ofString());
    Assertions.assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> report = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/reports/rescue?month=2020-01"))
        .GET().build(), BodyHandlers.ofString());
    Assertions.assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/reports/rescue.html")).GET().build(),
        BodyHandlers.ofString());
    Assertions.assertThat(page.body()).contains("Rescue report / 挽回月报");

    HttpResponse<String> write = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/nps-responses"))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(survey("SESSION-1", 2, Instant.now()))).build(), BodyHandlers.ofString());
    Assertions.assertThat(write.statusCode()).isEqualTo(401);

    HttpClient stranger = HttpClient.newHttpClient();
    Assertions.assertThat(stranger.send(HttpRequest.newBuilder(URI.create(base + "/reports/rescue.html")).GET().build(),
        BodyHandlers.ofString()).statusCode()).as("the page is behind the login").isEqualTo(302);
    Assertions.assertThat(stranger.send(HttpRequest.newBuilder(URI.create(base + "/webjars/chart.js/4.5.1/dist/chart.umd.min.js"))
        .GET().build(), BodyHandlers.ofString()).statusCode()).isEqualTo(302);
  }
}
