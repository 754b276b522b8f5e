package com.aftersales.bpm.security;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 2: a browser never gets an HTTP Basic pop-up from us (whose credentials it would then
 * send along with other sites' forms), and requests other sites make a browser send change nothing.
 */
@ApplicationTest
class BrowserLoginTest extends ApplicationTestSupport {

  @LocalServerPort int port;

  @Test
  void thePagesSendABrowserToTheWebappLoginInsteadOfABasicChallenge() {
    for (String page : new String[] {"/reports/rescue.html", "/webjars/chart.js/4.5.1/dist/chart.umd.min.js"}) {
      HttpResponse<String> response = http.send(null, "GET", page, null, "Sec-Fetch-Mode", "navigate",
          "Accept", "text/html");
      Assertions.assertThat(response.statusCode()).as(page).isEqualTo(302);
      Assertions.assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
          location -> Assertions.assertThat(location).endsWith("/camunda/app/tasklist/default/?returnTo="
              + URLEncoder.encode(page, StandardCharsets.UTF_8)));
      Assertions.assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }
    Assertions.assertThat(http.get("manager", "/reports/rescue.html").statusCode()).isEqualTo(200);
  }

  /**
   * Issue 15: browsers send Sec-Fetch-Mode only to HTTPS and localhost. Reached over plain HTTP by
   * name, a link to the report or its CSV still leads to the login and back, and the page's own
   * reads never get a Basic challenge.
   */
  @Test
  void aBrowserWithoutFetchMetadataIsSentToTheLoginAndBackAndNeverChallenged() {
    String html = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    for (String link : new String[] {"/reports/rescue.html?month=2026-10", "/api/reports/rescue/cases.csv?month=2026-10"}) {
      HttpResponse<String> opened = http.send(null, "GET", link, null, "Accept", html);
      Assertions.assertThat(opened.statusCode()).as(link).isEqualTo(302);
      Assertions.assertThat(opened.headers().firstValue("Location")).as(link).hasValueSatisfying(location -> Assertions
          .assertThat(location).endsWith("/camunda/app/tasklist/default/?returnTo=" + URLEncoder.encode(link, StandardCharsets.UTF_8)));
      Assertions.assertThat(opened.headers().firstValue("WWW-Authenticate")).as(link).isEmpty();
    }
    HttpResponse<String> pageRead = http.send(null, "GET", "/api/reports/rescue?month=2026-10", null,
        "Accept", "application/json", "X-Requested-With", "XMLHttpRequest");
    HttpResponse<String> expiredSession = http.send(null, "GET", "/api/notifications/inbox", null,
        "Accept", "application/json", "Cookie", "JSESSIONID=expired; XSRF-TOKEN=x");
    for (HttpResponse<String> read : List.of(pageRead, expiredSession)) {
      Assertions.assertThat(read.statusCode()).as(read.uri().toString()).isEqualTo(401);
      Assertions.assertThat(read.headers().firstValue("WWW-Authenticate")).as(read.uri().toString()).isEmpty();
    }
    Assertions.assertThat(http.get("manager", "/api/reports/rescue?month=2026-10").statusCode())
        .as("API clients with HTTP Basic still work").isEqualTo(200);
  }

  @Test
  void aWrongPasswordOnAPageIsAFailedLoginNotARedirect() {
    String wrong = "Basic " + Base64.getEncoder().encodeToString("sales:wrong".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> page = http.send(null, "GET", "/reports/rescue.html", null,
        "Authorization", wrong, "Accept", "text/html", "Sec-Fetch-Mode", "navigate");
    Assertions.assertThat(page.statusCode()).as("a 401 the login throttle counts").isEqualTo(401);
    Assertions.assertThat(page.headers().firstValue("WWW-Authenticate")).as("still no pop-up").isEmpty();
  }

  @Test
  void theApiChallengesOnlyClientsThatAreNotBrowsers() {
    HttpResponse<String> fetch = http.send(null, "GET", "/api/notifications", null, "Sec-Fetch-Mode", "cors");
    Assertions.assertThat(fetch.statusCode()).isEqualTo(401);
    Assertions.assertThat(fetch.headers().firstValue("WWW-Authenticate")).isEmpty();

    HttpResponse<String> curl = http.get(null, "/api/notifications");
    Assertions.assertThat(curl.statusCode()).isEqualTo(401);
    Assertions.assertThat(curl.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> Assertions.assertThat(challenge).startsWith("Basic"));
  }

  @Test
  void aPostFromAnotherSiteIsRefusedEvenWithValidCredentials() {
    String body = survey("TRUST-CSRF-1", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    long reviewsBefore = reviews();

    HttpResponse<String> foreignOrigin = http.send("integration", "POST", "/api/nps-responses", body,
        "Origin", "https://evil.example");
    HttpResponse<String> nullOrigin = http.send("integration", "POST", "/api/nps-responses", body, "Origin", "null");
    HttpResponse<String> crossSite = http.send("integration", "POST", "/api/nps-responses", body,
        "Sec-Fetch-Site", "cross-site");
    HttpResponse<String> engine = http.send("storemanager", "POST",
        "/engine-rest/process-definition/key/jointCaseReview/start", "{}", "Origin", "http://localhost.evil.example:" + port);
    HttpResponse<String> engineDelete = http.send("admin", "DELETE", "/engine-rest/deployment/any", null,
        "Sec-Fetch-Site", "cross-site");

    for (HttpResponse<String> refused : new HttpResponse[] {foreignOrigin, nullOrigin, crossSite, engine, engineDelete}) {
      Assertions.assertThat(refused.statusCode()).as(refused.uri() + " " + refused.body()).isEqualTo(403);
    }
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("TRUST-CSRF-1").count()).isZero();
    Assertions.assertThat(reviews()).isEqualTo(reviewsBefore);

    HttpResponse<String> sameOrigin = http.send("integration", "POST", "/api/nps-responses", body,
        "Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin");
    Assertions.assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(201);
    Assertions.assertThat(http.send("manager", "GET", "/api/reports/rescue?month=2026-01", null,
        "Origin", "https://evil.example").statusCode()).as("reads are not refused").isEqualTo(200);
  }

  private long reviews() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("jointCaseReview").count();
  }
}
