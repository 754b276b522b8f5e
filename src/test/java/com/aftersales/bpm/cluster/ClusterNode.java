package com.aftersales.bpm.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One application node: the packaged jar in its own JVM on profile {@code postgres}, as an operator
 * starts it, with its output in {@code <name>.log}. {@link #kill()} is {@code kill -9}.
 */
final class ClusterNode {

  final String name;
  final int port;
  private final Process process;
  private final Path log;

  private ClusterNode(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts the node and waits until its readiness probe answers UP. */
  static ClusterNode start(String name, Path jar, Path workDir, Map<String, String> database, String... args)
      throws IOException, InterruptedException {
    int port = freePort();
    Path dir = Files.createDirectories(workDir.resolve(name));
    Path log = dir.resolve(name + ".log");
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "--spring.profiles.active=postgres",
        "--server.port=" + port,
        "--aftersales.data-dir=" + dir,
        // the job log names the node that ran each job
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(database);
    ClusterNode node = new ClusterNode(name, port, builder.start(), log);
    node.awaitReady(Duration.ofMinutes(3));
    return node;
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no rollback by the node itself; open transactions die with it. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** A clean stop (SIGTERM) at the end of the test. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      kill();
    }
  }

  private void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
      }
      try {
        if (http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).GET().build(),
            BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public String toString() {
    return name + " (port " + port + ")";
  }
}
