package com.aftersales.bpm.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP receiver on loopback standing for the chat-group robot: keeps what it accepted. */
final class RobotReceiver implements AutoCloseable {

  private final HttpServer server;
  private final List<String> accepted = new CopyOnWriteArrayList<>();
  private final AtomicInteger refuseNext = new AtomicInteger();
  private final AtomicInteger attempts = new AtomicInteger();

  RobotReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/robot", exchange -> {
      attempts.incrementAndGet();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      boolean refuse = refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
      if (!refuse) {
        accepted.add(body);
      }
      byte[] answer = (refuse ? "{\"errcode\":500,\"errmsg\":\"busy\"}" : "{\"errcode\":0,\"errmsg\":\"ok\"}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(refuse ? 503 : 200, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/robot";
  }

  /** The next {@code count} posts are answered 503. */
  void refuseNext(int count) {
    refuseNext.set(count);
  }

  List<String> accepted() {
    return List.copyOf(accepted);
  }

  int attempts() {
    return attempts.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
