package com.aftersales.bpm.operations;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.spring.boot.starter.actuator.JobExecutorHealthIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;

/**
 * Issue 14: health, liveness and readiness for a load balancer or Kubernetes, without a login and
 * with the status only; readiness falls when the database or the job executor is down, liveness
 * only when the application itself is broken.
 */
@ApplicationTest
class HealthProbesTest extends ApplicationTestSupport {

  private static final String HEALTH = "/actuator/health";
  private static final String LIVENESS = "/actuator/health/liveness";
  private static final String READINESS = "/actuator/health/readiness";

  @Autowired HealthContributorRegistry contributors;
  @Autowired HealthEndpointGroups groups;

  /** Anonymous, and the same for an admin: no components, no details over HTTP to anyone. */
  @ParameterizedTest
  @ValueSource(strings = {LIVENESS, READINESS})
  void eachProbeIsUpWithTheStatusOnly(String path) throws Exception {
    for (String user : new String[] {null, "admin", "monitoring"}) {
      HttpResponse<String> response = http.get(user, path);
      Assertions.assertThat(response.statusCode()).as(user + " " + path).isEqualTo(200);
      Assertions.assertThat(json.readValue(response.body(), Map.class)).as(user + " " + path)
          .isEqualTo(Map.of("status", "UP"));
    }
  }

  /** The whole: the status and, as Spring Boot always adds there, the names of the two probes. */
  @Test
  void theWholeHealthIsUpWithTheStatusAndTheProbesNamesOnly() throws Exception {
    for (String user : new String[] {null, "admin", "monitoring"}) {
      HttpResponse<String> response = http.get(user, HEALTH);
      Assertions.assertThat(response.statusCode()).as(user).isEqualTo(200);
      Assertions.assertThat(json.readValue(response.body(), Map.class)).as(user)
          .isEqualTo(Map.of("status", "UP", "groups", List.of("liveness", "readiness")));
    }
  }

  @Test
  void readinessWaitsForTheDatabaseAndTheJobExecutorLivenessForNothingOutside() {
    Assertions.assertThat(groups.get("readiness")).satisfies(readiness -> {
      Assertions.assertThat(readiness.isMember("readinessState")).isTrue();
      Assertions.assertThat(readiness.isMember("db")).isTrue();
      Assertions.assertThat(readiness.isMember("jobExecutor")).isTrue();
      Assertions.assertThat(readiness.isMember("processEngine")).isFalse();
      Assertions.assertThat(readiness.isMember("diskSpace")).isFalse();
    });
    Assertions.assertThat(groups.get("liveness")).satisfies(liveness -> {
      Assertions.assertThat(liveness.isMember("livenessState")).isTrue();
      for (String outside : new String[] {"db", "jobExecutor", "processEngine", "diskSpace", "readinessState", "mail"}) {
        Assertions.assertThat(liveness.isMember(outside)).as(outside).isFalse();
      }
    });
  }

  /** The real database indicator, on a data source that is closed (what a lost database looks like). */
  @Test
  void aDatabaseThatIsDownTakesTheNodeOutOfServiceButDoesNotRestartIt() throws Exception {
    try (HikariDataSource closed = new HikariDataSource()) {
      closed.setJdbcUrl("jdbc:h2:mem:health-closed");
      closed.close();
      withContributor("db", new DataSourceHealthIndicator(closed, "SELECT 1"), () -> {
        assertDown(READINESS);
        HttpResponse<String> whole = http.get(null, HEALTH);
        Assertions.assertThat(whole.statusCode()).isEqualTo(503);
        Assertions.assertThat(json.readValue(whole.body(), Map.class)).containsEntry("status", "DOWN")
            .containsOnlyKeys("status", "groups");
        assertUp(LIVENESS);
      });
    }
    assertUp(READINESS);
  }

  /** The Camunda starter's own indicator, on a job executor that is not running. */
  @Test
  void aStoppedJobExecutorTakesTheNodeOutOfServiceButDoesNotRestartIt() throws Exception {
    DefaultJobExecutor stopped = new DefaultJobExecutor();
    Assertions.assertThat(stopped.isActive()).isFalse();
    withContributor("jobExecutor", new JobExecutorHealthIndicator(stopped), () -> {
      assertDown(READINESS);
      assertUp(LIVENESS);
    });
    assertUp(READINESS);
  }

  private void assertDown(String path) throws Exception {
    HttpResponse<String> response = http.get(null, path);
    Assertions.assertThat(response.statusCode()).as(path).isEqualTo(503);
    Assertions.assertThat(json.readValue(response.body(), Map.class)).as(path).isEqualTo(Map.of("status", "DOWN"));
  }

  private void assertUp(String path) throws Exception {
    HttpResponse<String> response = http.get(null, path);
    Assertions.assertThat(response.statusCode()).as(path).isEqualTo(200);
    Assertions.assertThat(json.readValue(response.body(), Map.class)).as(path).isEqualTo(Map.of("status", "UP"));
  }

  interface Check {
    void run() throws Exception;
  }

  /** Puts {@code replacement} in place of the named indicator for the check, then puts the original back. */
  private void withContributor(String name, HealthContributor replacement, Check check) throws Exception {
    HealthContributor original = contributors.unregisterContributor(name);
    contributors.registerContributor(name, replacement);
    try {
      check.run();
    } finally {
      contributors.unregisterContributor(name);
      if (original != null) {
        contributors.registerContributor(name, original);
      }
    }
  }
}
