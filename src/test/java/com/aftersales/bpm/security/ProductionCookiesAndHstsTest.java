package com.aftersales.bpm.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.Cookie.SameSite;

/** Issue 12, finding 3: in prod the webapps send HSTS and every cookie is Secure (served behind TLS). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.profiles.active=prod",
    "spring.datasource.url=jdbc:h2:mem:prod-cookies-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=prodCookiesTest",
    "camunda.bpm.job-execution.enabled=false",
    "aftersales.admin.password=Str0ng-Secret!"})
class ProductionCookiesAndHstsTest {

  @LocalServerPort int port;
  @Autowired ServerProperties server;

  @Test
  void theWebappsSendHstsAndSecureCookies() throws Exception {
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    Assertions.assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
        hsts -> Assertions.assertThat(hsts).contains("max-age="));
    Assertions.assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("XSRF-TOKEN="))
        .singleElement().satisfies(c -> Assertions.assertThat(c).contains("Secure"));

    var sessionCookie = server.getServlet().getSession().getCookie();
    Assertions.assertThat(sessionCookie.getSecure()).isTrue();
    Assertions.assertThat(sessionCookie.getHttpOnly()).isTrue();
    Assertions.assertThat(sessionCookie.getSameSite()).isEqualTo(SameSite.LAX);
  }
}
