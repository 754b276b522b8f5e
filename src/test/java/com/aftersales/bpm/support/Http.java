package com.aftersales.bpm.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the application under test, logged in as a demo user (or nobody). */
public final class Http {

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;
  private final int port;

  public Http(int port) {
    this.port = port;
    this.base = "http://localhost:" + port;
  }

  public HttpResponse<String> get(String user, String path) {
    return send(request(user, path).GET().build());
  }

  public HttpResponse<String> postJson(String user, String path, String json) {
    return send(request(user, path).header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
  }

  public HttpResponse<String> post(String user, String path, String contentType, BodyPublisher body) {
    return send(request(user, path).header("Content-Type", contentType).POST(body).build());
  }

  /**
   * Announces a JSON body of {@code contentLength} bytes with "Expect: 100-continue", as curl does
   * for large uploads, and returns the status line the server answers with before any body is sent.
   * (JDK 17's HttpClient hangs on a non-100 answer to Expect, hence a plain socket.)
   */
  public String announceUpload(String user, String path, long contentLength) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
      String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
          + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength
          + "\r\nExpect: 100-continue\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    } catch (IOException e) {
      throw new IllegalStateException("upload announcement failed", e);
    }
  }

  /**
   * Any request: {@code headers} as name, value, name, value …; {@code body} null for none, sent
   * as JSON otherwise.
   */
  public HttpResponse<String> send(String user, String method, String path, String body, String... headers) {
    HttpRequest.Builder builder = request(user, path).method(method,
        body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      builder.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder.build());
  }

  public HttpResponse<String> putJson(String user, String path, String json) {
    return send(request(user, path).header("Content-Type", "application/json")
        .PUT(BodyPublishers.ofString(json)).build());
  }

  public HttpResponse<String> delete(String user, String path) {
    return send(request(user, path).DELETE().build());
  }

  private HttpRequest.Builder request(String user, String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (user != null) {
      String credentials = user + ":demo";
      builder.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
