package com.aftersales.bpm.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One JSON POST to an outside service (a group's chat robot, the SMS gateway). A failure names the
 * service, never its url: a robot's url holds its key.
 */
final class JsonPost {

  /** The header a receiver can drop a repeated post by (ADR 47); the IETF draft's name. */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** The service gave no answer (unreachable, or its answer timed out): it may or may not have the message. */
  static final class NotReached extends IllegalStateException {
    NotReached(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final ObjectMapper json;

  JsonPost(ObjectMapper json) {
    this.json = json;
  }

  /** Posts {@code message} as JSON: the body of a 2xx answer; an {@link IllegalStateException} naming {@code whom} otherwise. */
  String send(String whom, URI url, Object message, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(write(message), StandardCharsets.UTF_8));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() / 100 != 2) {
        throw new IllegalStateException(whom + " answered " + answer.statusCode() + ": " + abbreviate(answer.body()));
      }
      return answer.body();
    } catch (IOException e) {
      throw new NotReached(whom + " is not reachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting to " + whom, e);
    }
  }

  private String write(Object message) {
    try {
      return json.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String abbreviate(String text) {
    return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  /** The text as an absolute http or https url; null if it is none. */
  static URI webAddress(String text) {
    try {
      URI url = URI.create(text == null ? "" : text.strip());
      boolean web = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
      return web && url.getHost() != null ? url : null;
    } catch (IllegalArgumentException notAUri) {
      return null;
    }
  }
}
