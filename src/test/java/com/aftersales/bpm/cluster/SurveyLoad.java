package com.aftersales.bpm.cluster;

import static com.aftersales.bpm.support.SurveyJson.survey;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Survey answers posted by several clients over two nodes, as an integration system behind a load
 * balancer would: a request that fails (connection cut, 5xx) is sent again to the other node. Some
 * surveys are sent to both nodes at the same moment. Node A is killed once enough answers came back.
 */
final class SurveyLoad {

  record Result(int surveys, int answeredBeforeKill, int retried, double seconds, List<String> unanswered,
      List<String> duplicatesWithDifferentAnswers) {}

  private static final String AUTH = "Basic " + Base64.getEncoder()
      .encodeToString("integration:demo".getBytes(StandardCharsets.UTF_8));

  private final ClusterNode nodeA;
  private final ClusterNode nodeB;
  private final int surveys;
  private final int duplicated;
  private final int clients;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Map<String, List<String>> answers = new ConcurrentHashMap<>();
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger retried = new AtomicInteger();

  SurveyLoad(ClusterNode nodeA, ClusterNode nodeB, int surveys, int duplicated, int clients) {
    this.nodeA = nodeA;
    this.nodeB = nodeB;
    this.surveys = surveys;
    this.duplicated = duplicated;
    this.clients = clients;
  }

  /** Runs the load; node A gets SIGKILL once {@code killAfter} surveys have been answered. */
  Result run(int killAfter) throws Exception {
    Instant start = Instant.now();
    Instant answeredAt = start.minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> sent = new ArrayList<>();
    int every = surveys / duplicated;
    for (int i = 0; i < surveys; i++) {
      String id = "CL-%04d".formatted(i);
      String body = survey(id, i % 7, answeredAt);
      ClusterNode first = i % 2 == 0 ? nodeA : nodeB;
      sent.add(pool.submit(() -> post(id, body, first)));
      if (i % every == 0) {
        // the same survey to the other node at the same moment (an integrator's double send)
        sent.add(pool.submit(() -> post(id, body, first == nodeA ? nodeB : nodeA)));
      }
    }
    int answeredBeforeKill;
    while (answered.get() < killAfter) {
      Thread.sleep(20);
    }
    answeredBeforeKill = answered.get();
    nodeA.kill();
    for (Future<?> f : sent) {
      f.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();
    List<String> unanswered = new ArrayList<>();
    List<String> different = new ArrayList<>();
    for (int i = 0; i < surveys; i++) {
      String id = "CL-%04d".formatted(i);
      List<String> got = answers.getOrDefault(id, List.of());
      if (got.isEmpty()) {
        unanswered.add(id);
      } else if (got.stream().map(SurveyLoad::processInstanceId).distinct().count() > 1) {
        different.add(id + " " + got);
      }
    }
    return new Result(surveys, answeredBeforeKill, retried.get(),
        Duration.between(start, Instant.now()).toMillis() / 1000.0, unanswered, different);
  }

  /** Sends until a node answers 200 or 201; a failure goes to node B, the one that stays up. */
  private void post(String id, String body, ClusterNode first) {
    ClusterNode node = first;
    for (int attempt = 1; attempt <= 10; attempt++) {
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.uri("/api/nps-responses"))
            .timeout(Duration.ofSeconds(30)).header("Authorization", AUTH)
            .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)).build(),
            BodyHandlers.ofString());
        if (response.statusCode() == 200 || response.statusCode() == 201) {
          answers.computeIfAbsent(id, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(response.body());
          answered.incrementAndGet();
          return;
        }
        if (response.statusCode() < 500) {
          throw new IllegalStateException(id + " refused by " + node + ": " + response.statusCode() + " "
              + response.body());
        }
      } catch (IOException cut) {
        // the node died under the request, or refuses connections: try the other one
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      retried.incrementAndGet();
      node = nodeB;
      try {
        Thread.sleep(200L * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static String processInstanceId(String answer) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"processInstanceId\":\"([^\"]+)\"").matcher(answer);
    return m.find() ? m.group(1) : answer;
  }
}
