package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14: the actuator shows anyone the health status and nothing else; the Prometheus scrape is
 * for the monitoring account and admins only, behind the same login throttle as the rest; the
 * monitoring account can do nothing else.
 */
@ApplicationTest
class ActuatorAccessTest extends ApplicationTestSupport {

  private static final String PROMETHEUS = "/actuator/prometheus";

  @LocalServerPort int port;

  @Test
  void thePrometheusScrapeNeedsTheMonitoringAccountOrAnAdmin() {
    HttpResponse<String> anonymous = http.get(null, PROMETHEUS);
    Assertions.assertThat(anonymous.statusCode()).isEqualTo(401);
    Assertions.assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> Assertions.assertThat(challenge).startsWith("Basic"));
    Assertions.assertThat(anonymous.body()).doesNotContain("aftersales_");

    for (String staff : new String[] {"advisor", "manager", "auditor", "owner", "integration"}) {
      HttpResponse<String> refused = http.get(staff, PROMETHEUS);
      Assertions.assertThat(refused.statusCode()).as(staff).isEqualTo(403);
      Assertions.assertThat(refused.body()).as(staff).contains("\"status\":403").doesNotContain("aftersales_");
    }
    for (String allowed : new String[] {"monitoring", "admin"}) {
      HttpResponse<String> scrape = http.get(allowed, PROMETHEUS);
      Assertions.assertThat(scrape.statusCode()).as(allowed).isEqualTo(200);
      Assertions.assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> Assertions.assertThat(type).startsWith("text/plain"));
      Assertions.assertThat(scrape.body()).as(allowed).contains(
          "aftersales_jobs_due ", "aftersales_jobs_timers_due ", "aftersales_jobs_locked ",
          "aftersales_jobs_no_retries_left ", "aftersales_incidents_open ",
          "aftersales_cases_started_total{process=\"lowScoreRescue\"}",
          "aftersales_cases_started_total{process=\"partsShortageEscalation\"}",
          "aftersales_sla_breaches_total{process=\"lowScoreRescue\",sla=\"Timer_ResponseSla\"}",
          "aftersales_notifications_failed_total{channel=\"record\"}",
          "camunda_job_executions_total{outcome=\"successful\"}", "camunda_job_executions_total{outcome=\"failed\"}",
          "camunda_job_executions_rejected_total ");
    }
  }

  /** Not exposed, so not there for anyone; and without a login the answer does not even say so. */
  @ParameterizedTest
  @ValueSource(strings = {"", "/", "/env", "/env/PATH", "/beans", "/metrics", "/metrics/jvm.memory.used", "/info",
      "/configprops", "/loggers", "/heapdump", "/threaddump", "/mappings", "/scheduledtasks", "/conditions",
      "/caches", "/httpexchanges", "/startup", "/sbom", "/shutdown", "/prometheus/", "/Prometheus"})
  void noOtherActuatorEndpointIsReachable(String endpoint) {
    String path = "/actuator" + endpoint;
    Assertions.assertThat(http.get(null, path).statusCode()).as(path).isEqualTo(401);
    Assertions.assertThat(http.send(null, "POST", path, "{}").statusCode()).as("POST " + path).isEqualTo(401);
    for (String allowed : new String[] {"monitoring", "admin"}) {
      HttpResponse<String> get = http.get(allowed, path);
      Assertions.assertThat(get.statusCode()).as(allowed + " " + path).isIn(404, 405);
      Assertions.assertThat(http.send(allowed, "POST", path, "{}").statusCode()).as(allowed + " POST " + path)
          .isIn(404, 405);
    }
  }

  /** Health shows no component, even by name, to anyone. */
  @ParameterizedTest
  @ValueSource(strings = {"/actuator/health/db", "/actuator/health/diskSpace", "/actuator/health/processEngine",
      "/actuator/health/ping", "/actuator/health/readiness/db", "/actuator/health/liveness/livenessState"})
  void healthComponentsAreNotShown(String path) {
    Assertions.assertThat(http.get(null, path).statusCode()).as(path).isEqualTo(404);
    Assertions.assertThat(http.get("admin", path).statusCode()).as(path).isEqualTo(404);
  }

  /** The container resolves these to the scrape: the health exception must not let them through. */
  @ParameterizedTest
  @ValueSource(strings = {"/actuator/health/../prometheus", "/actuator/health/..;/prometheus",
      "/actuator/health;x=1/../prometheus", "/actuator/health/%2e%2e/prometheus", "/actuator/health%2f..%2fprometheus"})
  void aPathThroughHealthDoesNotReachTheScrape(String path) {
    HttpResponse<String> response = http.get(null, path);
    Assertions.assertThat(response.statusCode()).as(path).isIn(400, 401, 404);
    Assertions.assertThat(response.body()).as(path).doesNotContain("aftersales_");
  }

  @Test
  void wrongPasswordsOnTheScrapeAreThrottledLikeAnyOtherLogin() {
    HttpFromAddress guesser = new HttpFromAddress("127.0.0.14", port);
    for (int wrong = 0; wrong < 6; wrong++) {
      Assertions.assertThat(guesser.get("monitoring", "guess" + wrong, PROMETHEUS).status()).isEqualTo(401);
    }

    HttpFromAddress.Response held = guesser.get("monitoring", "demo", PROMETHEUS);

    Assertions.assertThat(held.status()).isEqualTo(429);
    Assertions.assertThat(held.header("Retry-After")).isPresent();
    Assertions.assertThat(new HttpFromAddress("127.0.0.15", port).get("monitoring", "demo", PROMETHEUS).status())
        .as("another client scrapes on").isEqualTo(200);
    Assertions.assertThat(guesser.get(null, null, "/actuator/health/readiness").status())
        .as("a probe sends no credentials and is never held up").isEqualTo(200);
  }

  @Test
  void theMonitoringAccountCanDoNothingElse() {
    Assertions.assertThat(identity.createUserQuery().userId("monitoring").memberOfGroup(Groups.MONITORING).count())
        .isEqualTo(1);
    Assertions.assertThat(identity.createGroupQuery().groupMember("monitoring").list()).extracting("id")
        .containsExactly(Groups.MONITORING);
    Assertions.assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.MONITORING).count())
        .as("no engine authorization").isZero();

    for (String path : new String[] {"/engine-rest/process-definition", "/engine-rest/task", "/engine-rest/job",
        "/camunda/api/engine/engine/default/process-definition"}) {
      Assertions.assertThat(http.get("monitoring", path).statusCode()).as(path).isIn(401, 403);
    }
    Assertions.assertThat(http.get("monitoring", "/engine-rest/process-definition").body()).contains("/actuator");
    for (String path : new String[] {"/api/notifications", "/api/notifications/inbox", "/api/reports/rescue?month=2026-01",
        "/api/part-shortages?partNumber=X"}) {
      Assertions.assertThat(http.get("monitoring", path).statusCode()).as(path).isEqualTo(403);
    }
  }
}
