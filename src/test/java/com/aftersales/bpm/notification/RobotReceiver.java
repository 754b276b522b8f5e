package com.aftersales.bpm.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on loopback standing for the chat-group robots, one path per group's robot
 * ({@code /robot/<group>}), and for the SMS gateway: keeps what each accepted, and the
 * Authorization header it came with; and the Idempotency-Key of every post it received, taken or
 * not (a receiver may take a message and still answer an error).
 */
final class RobotReceiver implements AutoCloseable {

  private static final String PATH = "/robot/";

  private final HttpServer server;
  private final Map<String, List<String>> accepted = new ConcurrentHashMap<>();
  private final Map<String, List<String>> authorizations = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> refuseNext = new ConcurrentHashMap<>();
  private final Map<String, List<String>> keys = new ConcurrentHashMap<>();
  private final Map<String, String> refusedText = new ConcurrentHashMap<>();

  RobotReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(PATH, exchange -> {
      String group = exchange.getRequestURI().getPath().substring(PATH.length());
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      keys.computeIfAbsent(group, g -> new CopyOnWriteArrayList<>())
          .add(String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
      if (refusedText.containsKey(group) && body.contains(refusedText.get(group))) {
        answer(exchange, 400, "{\"error\":\"invalid number\"}");
        return;
      }
      boolean refuse = refusals(group).getAndUpdate(n -> Math.max(0, n - 1)) > 0;
      if (!refuse) {
        accepted.computeIfAbsent(group, g -> new CopyOnWriteArrayList<>()).add(body);
        authorizations.computeIfAbsent(group, g -> new CopyOnWriteArrayList<>())
            .add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      }
      answer(exchange, refuse ? 503 : 200, refuse ? "{\"errcode\":500,\"errmsg\":\"busy\"}" : "{\"errcode\":0,\"errmsg\":\"ok\"}");
    });
    server.start();
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] answer = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }

  /** The url of the group's robot. */
  String url(String group) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH + group;
  }

  /** The robots' setting ({@code group=url …}) for these groups. */
  String setting(String... groups) {
    StringBuilder setting = new StringBuilder();
    for (String group : groups) {
      setting.append(group).append('=').append(url(group)).append(' ');
    }
    return setting.toString().strip();
  }

  /** The next {@code count} posts to the group's robot are answered 503. */
  void refuseNext(String group, int count) {
    refusals(group).set(count);
  }

  /** Every post to the group's path whose body contains {@code text} is answered 400 (a number the gateway refuses). */
  void refuseWhenContains(String group, String text) {
    refusedText.put(group, text);
  }

  /** Takes every post to the group's path again. */
  void refuseNothing(String group) {
    refusedText.remove(group);
    refusals(group).set(0);
  }

  /** The Idempotency-Key header of every post received, taken or refused ("null" where it had none). */
  List<String> keys(String group) {
    return List.copyOf(keys.getOrDefault(group, List.of()));
  }

  List<String> accepted(String group) {
    return List.copyOf(accepted.getOrDefault(group, List.of()));
  }

  /** The Authorization header of each accepted post ("null" where it had none). */
  List<String> authorizations(String group) {
    return List.copyOf(authorizations.getOrDefault(group, List.of()));
  }

  private AtomicInteger refusals(String group) {
    return refuseNext.computeIfAbsent(group, g -> new AtomicInteger());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
