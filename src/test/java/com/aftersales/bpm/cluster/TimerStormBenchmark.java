package com.aftersales.bpm.cluster;

import com.aftersales.bpm.benchmark.BareModels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: N parts orders waiting for their part, whose 17:00 proactive-update timers all fall due
 * at once, drained by the job executor of one node and then of two nodes on one PostgreSQL (the
 * packaged jar, as {@link ClusterIT} runs it), for our model and for its bare twin
 * ({@link BareModels}) on the same nodes. The orders are started in the waiting sub-process with the
 * variables a real order has there (one reported over the API and worked up to that point); the
 * timers are moved to one instant by one SQL update. Each firing creates the update task and the
 * next 17:00 timer, so the same orders storm again for the next run. On demand:
 * {@code mvn -B package -DskipTests -DskipJsChecks && mvn -B test -Dtest=TimerStormBenchmark -DskipJsChecks -Dbenchmark.storm=10000}
 */
class TimerStormBenchmark {

  private static final int ORDERS = Integer.getInteger("benchmark.storm", 2000);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void timerStorm() throws Exception {
    Path jar = Path.of(System.getProperty("cluster.jar", "target/aftersales-bpm-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    Path work = Files.createDirectories(Path.of("target", "benchmark", "storm").toAbsolutePath());
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(work.resolve("pg").toFile())
        .setCleanDataDirectory(true).start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection()) {
        c.createStatement().execute("CREATE DATABASE aftersales");
      }
      JdbcTemplate db = new JdbcTemplate(postgres.getDatabase("postgres", "aftersales"));
      Map<String, String> connection = Map.of("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "aftersales"),
          "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "");
      ClusterNode a = ClusterNode.start("node-a", jar, work, connection);
      ClusterNode b = null;
      try {
        String bare = new BareModels(BareModels.beanNamesOnClassPath())
            .bare(Files.readString(Path.of("processes", "parts-shortage-escalation.bpmn")));
        send(a, "POST", "/engine-rest/deployment/create", multipart(bare), "multipart/form-data; boundary=BENCH");
        String variables = waitingOrderVariables(a);
        long t0 = System.nanoTime();
        startWaiting(a, "partsShortageEscalation", "OURS", variables);
        startWaiting(a, BareModels.PREFIX + "partsShortageEscalation", "BARE", variables);
        System.out.printf(Locale.ROOT, "[storm] %d + %d waiting orders started in %.0f s%n", ORDERS, ORDERS,
            (System.nanoTime() - t0) / 1e9);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("timer storm, N = %,d orders per side, job executor defaults (3-10 threads, 3 jobs per acquisition)", ORDERS));
        lines.add(storm(db, "one node", "partsShortageEscalation"));
        lines.add(storm(db, "one node", BareModels.PREFIX + "partsShortageEscalation"));
        b = ClusterNode.start("node-b", jar, work, connection);
        lines.add(storm(db, "two nodes", BareModels.PREFIX + "partsShortageEscalation"));
        lines.add(storm(db, "two nodes", "partsShortageEscalation"));
        String report = String.join("\n", lines);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark", "timer-storm.txt"), report + "\n");
      } finally {
        a.stop();
        if (b != null) {
          b.stop();
        }
      }
    }
  }

  /** Moves the 17:00 timers of one model's orders to now and waits until all have run; a line with the rate. */
  private String storm(JdbcTemplate db, String nodes, String key) throws Exception {
    String timers = "FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ WHERE d.ACT_ID_ = 'StartEvent_UpdateDue' "
        + "AND d.PROC_DEF_KEY_ = ?";
    java.sql.Timestamp due = java.sql.Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    // the job log is in the nodes' local time: this storm's runs are those after the last one logged before it
    java.sql.Timestamp before = db.queryForObject("SELECT COALESCE(MAX(TIMESTAMP_), TIMESTAMP '2000-01-01') FROM ACT_HI_JOB_LOG "
        + "WHERE ACT_ID_ = 'StartEvent_UpdateDue' AND PROCESS_DEF_KEY_ = ?", java.sql.Timestamp.class, key);
    int moved = db.update("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE ID_ IN (SELECT j.ID_ " + timers + ")", due, key);
    long t0 = System.nanoTime();
    while (db.queryForObject("SELECT COUNT(*) " + timers + " AND j.DUEDATE_ <= ?", Long.class, key, due) > 0) {
      Thread.sleep(100);
      if ((System.nanoTime() - t0) / 1e9 > 1800) {
        throw new AssertionError("storm not drained after 30 minutes");
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> byNode = new java.util.TreeMap<>();
    double[] busy = new double[1];
    String log = "FROM ACT_HI_JOB_LOG WHERE ACT_ID_ = 'StartEvent_UpdateDue' AND JOB_STATE_ = 2 AND PROCESS_DEF_KEY_ = ? "
        + "AND TIMESTAMP_ > ?";
    db.query("SELECT HOSTNAME_, COUNT(*) " + log + " GROUP BY HOSTNAME_", rs -> {
      byNode.put(rs.getString(1), rs.getLong(2));
    }, key, before);
    db.query("SELECT EXTRACT(EPOCH FROM MAX(TIMESTAMP_) - MIN(TIMESTAMP_)) " + log, rs -> {
      busy[0] = rs.getDouble(1);
    }, key, before);
    // from the first timer run to the last: the idle executor's wait for its next look (up to 5 s) left out
    String line = String.format(Locale.ROOT, "%-9s %-32s %,6d timers: first to last run %6.1f s = %6.1f per second; "
        + "drained %.1f s after falling due (by node: %s)", nodes, key, moved, busy[0], moved / busy[0], seconds, byNode);
    System.out.println("[storm] " + line);
    return line;
  }

  /** One order reported over the API, taken over and promised: its variables in the waiting sub-process. */
  private String waitingOrderVariables(ClusterNode node) throws Exception {
    String reportedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    JsonNode order = JSON.readTree(send(node, "POST", "/api/part-shortages", """
        {"repairOrderId":"STORM-MODEL","reportedAt":"%s",
         "customer":{"id":"C-STORM","name":"张女士","phone":"+86 139 0000 0000","highValue":false,"vip":false},
         "vehicle":{"model":"Model 3","plate":"沪A12345"},"part":{"number":"SCREEN-15","name":"Centre screen"},
         "vehicleCondition":"CANNOT_DRIVE"}""".formatted(reportedAt), "application/json"));
    String id = order.get("processInstanceId").asText();
    completeTask(node, id, "{\"apologyCallDone\":{\"value\":true},\"mobilityArranged\":{\"value\":\"LOANER\"}}");
    String promised = java.time.LocalDate.now().plusDays(10).toString();
    completeTask(node, id, ("{\"promisedDate\":{\"value\":\"%s\"},\"worstCaseDate\":{\"value\":\"%s\"},"
        + "\"customerOption\":{\"value\":\"A_LEAVE_CAR\"},\"waitingBenefit\":{\"value\":\"LOANER\"},"
        + "\"commitmentsExplained\":{\"value\":true}}").formatted(promised, promised));
    ObjectNode variables = (ObjectNode) JSON.readTree(send(node, "GET",
        "/engine-rest/process-instance/" + id + "/variables?deserializeValues=false", null, null));
    variables.fields().forEachRemaining(v -> {
      if (!"Object".equals(v.getValue().path("type").asText())) {
        ((ObjectNode) v.getValue()).remove("valueInfo");
      }
    });
    variables.set("bareDue", JSON.readTree("{\"type\":\"Date\",\"value\":\"" + java.time.OffsetDateTime.now().plusDays(9)
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")) + "\"}"));
    return JSON.writeValueAsString(variables);
  }

  private void completeTask(ClusterNode node, String processInstanceId, String variables) throws Exception {
    String task = JSON.readTree(send(node, "GET", "/engine-rest/task?processInstanceId=" + processInstanceId, null, null))
        .get(0).get("id").asText();
    send(node, "POST", "/engine-rest/task/" + task + "/complete", "{\"variables\":" + variables + "}", "application/json");
  }

  private void startWaiting(ClusterNode node, String key, String prefix, String variables) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> started = new ArrayList<>();
      for (int i = 0; i < ORDERS; i++) {
        String body = "{\"businessKey\":\"STORM-" + prefix + "-" + i + "\","
            + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"SubProcess_Waiting\"}],"
            + "\"variables\":" + variables + "}";
        started.add(clients.submit(() -> send(node, "POST", "/engine-rest/process-definition/key/" + key + "/start", body,
            "application/json")));
      }
      for (Future<String> f : started) {
        f.get();
      }
    } finally {
      clients.shutdown();
    }
  }

  private static String multipart(String bpmn) {
    return "--BENCH\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbare twins\r\n"
        + "--BENCH\r\nContent-Disposition: form-data; name=\"data\"; filename=\"bare_partsShortageEscalation.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--BENCH--\r\n";
  }

  private String send(ClusterNode node, String method, String path, String body, String contentType) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString(((path.startsWith("/api/") ? "integration" : "admin") + ":demo")
            .getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.GET();
    } else {
      request.header("Content-Type", contentType).method(method, BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    var response = http.send(request.build(), BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
