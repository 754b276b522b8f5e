package com.aftersales.bpm.notification;

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
 * Authorization header it came with.
 */
final class RobotReceiver implements AutoCloseable {

  private static final String PATH = "/robot/";

  private final HttpServer server;
  private final Map<String, List<String>> accepted = new ConcurrentHashMap<>();
  private final Map<String, List<String>> authorizations = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> refuseNext = new ConcurrentHashMap<>();

  RobotReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(PATH, exchange -> {
      String group = exchange.getRequestURI().getPath().substring(PATH.length());
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      boolean refuse = refusals(group).getAndUpdate(n -> Math.max(0, n - 1)) > 0;
      if (!refuse) {
        accepted.computeIfAbsent(group, g -> new CopyOnWriteArrayList<>()).add(body);
        authorizations.computeIfAbsent(group, g -> new CopyOnWriteArrayList<>())
            .add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      }
      byte[] answer = (refuse ? "{\"errcode\":500,\"errmsg\":\"busy\"}" : "{\"errcode\":0,\"errmsg\":\"ok\"}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(refuse ? 503 : 200, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.start();
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
