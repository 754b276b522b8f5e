package com.aftersales.bpm.cluster;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Orders whose manager-review deadline timers all fall due at one moment: the orders are reported
 * over both nodes; an admin suspends the deadline's job definition, moves every deadline to now
 * (Cockpit's "change due date") and activates the definition again, as after a stop of the timers,
 * so all of them are overdue at the same moment; then the two nodes' job executors drain them.
 */
final class TimerStorm {

  record Result(int orders, double drainSeconds, Map<String, Long> timersByNode) {}

  private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
      .withZone(ZoneOffset.UTC);

  private final ClusterNode nodeA;
  private final ClusterNode nodeB;
  private final JdbcTemplate db;
  private final int orders;
  private final HttpClient http = HttpClient.newHttpClient();

  TimerStorm(ClusterNode nodeA, ClusterNode nodeB, JdbcTemplate db, int orders) {
    this.nodeA = nodeA;
    this.nodeB = nodeB;
    this.db = db;
    this.orders = orders;
  }

  Result run() throws Exception {
    reportOrders();
    List<String> timers = db.queryForList("SELECT j.ID_ FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ "
        + "WHERE d.ACT_ID_ = 'Timer_ManagerReviewDue'", String.class);
    if (timers.size() != orders) {
      throw new AssertionError(timers.size() + " review timers for " + orders + " orders");
    }
    String definition = db.queryForObject("SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = 'Timer_ManagerReviewDue'",
        String.class);
    suspend(definition, true);
    String body = "{\"duedate\":\"" + ENGINE_DATE.format(Instant.now()) + "\"}";
    inParallel(timers.stream().<Callable<Void>>map(job ->
        () -> send(nodeB, "admin", "PUT", "/engine-rest/job/" + job + "/duedate", body, 204)).toList());
    Instant due = Instant.now();
    suspend(definition, false);
    for (;;) {
      Long done = db.queryForObject("SELECT COUNT(*) FROM notification WHERE business_key LIKE 'STORM-%' "
          + "AND subject LIKE '%not reviewed%'", Long.class);
      if (done >= orders) {
        break;
      }
      if (Instant.now().isAfter(due.plusSeconds(180))) {
        throw new AssertionError("only " + done + " of " + orders + " deadlines handled after 180 s");
      }
      Thread.sleep(100);
    }
    double drain = Duration.between(due, Instant.now()).toMillis() / 1000.0;
    Map<String, Long> byNode = new LinkedHashMap<>();
    db.query("SELECT HOSTNAME_, COUNT(*) n FROM ACT_HI_JOB_LOG WHERE ACT_ID_ = 'Timer_ManagerReviewDue' "
        + "AND JOB_STATE_ = 2 GROUP BY HOSTNAME_ ORDER BY HOSTNAME_", rs -> {
          byNode.put(rs.getString(1), rs.getLong(2));
        });
    return new Result(orders, drain, byNode);
  }

  /** Suspends or activates the job definition with all its jobs (one update, as Cockpit does it). */
  private void suspend(String jobDefinition, boolean suspended) throws Exception {
    send(nodeA, "admin", "PUT", "/engine-rest/job-definition/" + jobDefinition + "/suspended",
        "{\"suspended\":" + suspended + ",\"includeJobs\":true}", 204);
  }

  private void reportOrders() throws Exception {
    List<Callable<Void>> sent = new ArrayList<>();
    String reportedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    for (int i = 0; i < orders; i++) {
      String id = "STORM-%04d".formatted(i);
      ClusterNode node = i % 2 == 0 ? nodeA : nodeB;
      String body = """
          {"repairOrderId":"%s","reportedAt":"%s",
           "customer":{"id":"C-%s","name":"张女士","phone":"+86 139 0000 0000","highValue":false,"vip":false},
           "vehicle":{"model":"Model 3","plate":"沪A12345"},"part":{"number":"SCREEN-15","name":"Centre screen"},
           "vehicleCondition":"CORE_FUNCTION_IMPAIRED"}
          """.formatted(id, reportedAt, id);
      sent.add(() -> send(node, "integration", "POST", "/api/part-shortages", body, 201));
    }
    inParallel(sent);
  }

  /** As 8 clients would send them. */
  private static void inParallel(List<Callable<Void>> requests) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      for (Future<Void> f : clients.invokeAll(requests)) {
        f.get();
      }
    } finally {
      clients.shutdown();
    }
  }

  private Void send(ClusterNode node, String user, String method, String path, String json, int expected)
      throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.uri(path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .method(method, BodyPublishers.ofString(json)).build(), BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new AssertionError(method + " " + path + " on " + node + ": " + response.statusCode() + " "
          + response.body());
    }
    return null;
  }
}
