package com.aftersales.bpm.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camunda's cluster model for real: one PostgreSQL server and two nodes started from the packaged
 * jar (run by failsafe after {@code package}). Node A is killed with SIGKILL in the middle of the
 * survey load; the figures each step measured are printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  static EmbeddedPostgres postgres;
  static JdbcTemplate db;
  static Path workDir;
  static Path jar;
  static Map<String, String> connection;
  static ClusterNode nodeA;
  static ClusterNode nodeB;

  @BeforeAll
  static void startCluster() throws Exception {
    jar = Path.of(System.getProperty("cluster.jar", "target/aftersales-bpm-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    Assertions.assertThat(jar).as("the packaged application (mvn package)").exists();
    workDir = Files.createDirectories(Path.of("target", "cluster").toAbsolutePath());
    postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(workDir.resolve("pg").toFile()).start();
    DataSource admin = postgres.getPostgresDatabase();
    try (Connection c = admin.getConnection()) {
      c.createStatement().execute("CREATE DATABASE aftersales");
    }
    db = new JdbcTemplate(postgres.getDatabase("postgres", "aftersales"));
    connection = Map.of(
        "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "aftersales"),
        "SPRING_DATASOURCE_USERNAME", "postgres",
        "SPRING_DATASOURCE_PASSWORD", "");
    // the first start on an empty database creates the schema; the second node finds it
    nodeA = startNode("node-a");
    nodeB = startNode("node-b");
  }

  /** Locks of 20 s instead of 5 min, so the test sees a dead node's jobs taken over in time. */
  static ClusterNode startNode(String name) throws Exception {
    return ClusterNode.start(name, jar, workDir, connection,
        "--camunda.bpm.job-execution.lock-time-in-millis=20000");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    for (ClusterNode node : new ClusterNode[] {nodeA, nodeB}) {
      if (node != null && node.isAlive()) {
        node.stop();
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void aTasklistLoginOnNodeAIsValidOnNodeB() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(nodeA.uri("/camunda/app/tasklist/default/")).GET().build(),
        BodyHandlers.discarding());
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            nodeA.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(BodyPublishers.ofString("username=manager&password=demo")).build(), BodyHandlers.ofString());
    Assertions.assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    // the same browser, its cookies sent to the other node (cookies are not bound to a port)
    HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(
        nodeB.uri("/camunda/api/admin/auth/user/default")).GET().build(), BodyHandlers.ofString());
    Assertions.assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
    Assertions.assertThat(onB.body()).contains("\"userId\":\"manager\"");
    HttpResponse<String> tasksOnB = browser.send(HttpRequest.newBuilder(
        nodeB.uri("/camunda/api/engine/engine/default/task/count")).GET().build(), BodyHandlers.ofString());
    Assertions.assertThat(tasksOnB.statusCode()).as(tasksOnB.body()).isEqualTo(200);
  }

  /**
   * An idle job executor looks for due jobs every 5 s at most (camunda.bpm.job-execution.max-wait).
   * 300 deadlines were drained by one node in under 5 s, before the other node's next look: the
   * storm must keep one node busy for about two such waits, so both nodes are bound to take part.
   */
  private static final int STORM_DEADLINES = 800;

  @Test
  @Order(2)
  void manyDeadlinesDueAtOnceAreDrainedOnceByTwoNodes() throws Exception {
    TimerStorm.Result storm = new TimerStorm(nodeA, nodeB, db, STORM_DEADLINES).run();
    System.out.printf("[cluster] %d manager-review deadlines due at the same moment: drained in %.1f s "
        + "by two nodes (timer jobs run: %s)%n", storm.orders(), storm.drainSeconds(), storm.timersByNode());
    Assertions.assertThat(storm.timersByNode()).as("both nodes took timers").hasSize(2);
    Assertions.assertThat(storm.timersByNode().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo((long) STORM_DEADLINES);
    Map<String, Long> notified = countBy("SELECT business_key k, COUNT(*) n FROM notification "
        + "WHERE business_key LIKE 'STORM-%' AND subject LIKE '%not reviewed%' GROUP BY business_key");
    Assertions.assertThat(notified).as("regional manager told once per order").hasSize(STORM_DEADLINES)
        .allSatisfy((order, n) -> Assertions.assertThat(n).as(order).isEqualTo(1L));
    Assertions.assertThat(db.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = "
        + "'Task_NotifyReviewMissed' AND END_TIME_ IS NOT NULL", Long.class)).isEqualTo((long) STORM_DEADLINES);
    Assertions.assertThat(db.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT", Long.class)).isZero();
    Assertions.assertThat(db.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = "
        + "'Task_ManagerReview'", Long.class)).as("the review stays open (non-interrupting)")
        .isEqualTo((long) STORM_DEADLINES);
  }

  /** Last: node A stays dead. */
  @Test
  @Order(3)
  void surveysOverBothNodesWithNodeAKilledStartOneRescueEach() throws Exception {
    long sessionsBefore = db.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Long.class);
    SurveyLoad.Result load = new SurveyLoad(nodeA, nodeB, 400, 20, 8).run(150);
    System.out.printf("[cluster] %d surveys over 2 nodes, 8 clients, 20 duplicated in flight: node A killed "
        + "after %d answers, %d requests failed and were retried on node B, %.1f s%n",
        load.surveys(), load.answeredBeforeKill(), load.retried(), load.seconds());
    Assertions.assertThat(nodeA.isAlive()).isFalse();
    Assertions.assertThat(load.unanswered()).as("surveys without a 200/201 answer").isEmpty();
    Assertions.assertThat(load.retried()).as("requests cut by the kill").isPositive();
    Assertions.assertThat(load.duplicatesWithDifferentAnswers()).isEmpty();

    Map<String, Long> rescues = countBy("SELECT BUSINESS_KEY_ k, COUNT(*) n FROM ACT_HI_PROCINST "
        + "WHERE PROC_DEF_KEY_ = 'lowScoreRescue' AND BUSINESS_KEY_ LIKE 'CL-%' GROUP BY BUSINESS_KEY_");
    Assertions.assertThat(rescues).as("rescues per survey").hasSize(400).allSatisfy((survey, n) ->
        Assertions.assertThat(n).as(survey).isEqualTo(1L));
    Assertions.assertThat(db.queryForObject("SELECT COUNT(*) FROM intake_record WHERE kind = 'NPS_RESPONSE' "
        + "AND record_key LIKE 'CL-%'", Long.class)).isEqualTo(400L);
    Assertions.assertThat(db.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Long.class))
        .as("API calls with HTTP Basic keep no session").isEqualTo(sessionsBefore);

    // the dead node's locked jobs (the rescues' first notifications) are taken over when the lock expires
    long drained = awaitNoDueJobs(120);
    System.out.printf("[cluster] every due job done %d s after the kill's survey load ended%n", drained);
    Assertions.assertThat(db.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT", Long.class)).isZero();
    Assertions.assertThat(db.queryForList("SELECT business_key FROM notification WHERE business_key LIKE 'CL-%' "
        + "GROUP BY business_key, recipient, subject HAVING COUNT(*) > 1", String.class))
        .as("notifications recorded twice").isEmpty();
    Assertions.assertThat(db.queryForObject("SELECT COUNT(DISTINCT business_key) FROM notification "
        + "WHERE business_key LIKE 'CL-%'", Long.class)).as("rescues whose alert went out").isEqualTo(400L);
  }

  private static Map<String, Long> countBy(String sql) {
    Map<String, Long> counts = new java.util.HashMap<>();
    db.query(sql, rs -> {
      counts.put(rs.getString("k"), rs.getLong("n"));
    });
    return counts;
  }

  /** Seconds until no job that is due now is left (waiting out the dead node's locks). */
  private static long awaitNoDueJobs(int timeoutSeconds) throws InterruptedException {
    Instant start = Instant.now();
    while (Instant.now().isBefore(start.plusSeconds(timeoutSeconds))) {
      // the background steps (notifications: asynchronous continuations), whatever their due date says:
      // the nodes write it as the centre's wall time, which this database's LOCALTIMESTAMP is not
      Long due = db.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 "
          + "AND TYPE_ = 'message'", Long.class);
      if (due == 0) {
        return java.time.Duration.between(start, Instant.now()).toSeconds();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("jobs still due after " + timeoutSeconds + " s");
  }
}
