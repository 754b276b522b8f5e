package com.aftersales.bpm.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 request from a chosen local address (127.0.0.1, 127.0.0.2, …), so a test can play
 * two different clients: a connection to 127.0.0.2 alone still comes from 127.0.0.1, and the JDK 17
 * HttpClient cannot choose its local address.
 */
final class HttpFromAddress {

  /** The status line's code, the raw header block and the body (as sent, possibly chunked). */
  record Response(int status, String head, String body) {
    Optional<String> header(String name) {
      return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
    }
  }

  private final String localAddress;
  private final int port;

  HttpFromAddress(String localAddress, int port) {
    this.localAddress = localAddress;
    this.port = port;
  }

  /** POSTs a JSON body with HTTP Basic credentials. */
  Response postJson(String user, String password, String path, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
        + credentials(user, password) + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n";
    return send(head, body);
  }

  /** GETs a path with HTTP Basic credentials, or none when {@code user} is null. */
  Response get(String user, String password, String path) {
    String head = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
        + (user == null ? "" : "Authorization: Basic " + credentials(user, password) + "\r\n")
        + "Connection: close\r\n\r\n";
    return send(head, new byte[0]);
  }

  private static String credentials(String user, String password) {
    return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private Response send(String head, byte[] body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(localAddress, 0));
      socket.connect(new InetSocketAddress(localAddress, port), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = answer.indexOf("\r\n\r\n");
      String responseHead = split < 0 ? answer : answer.substring(0, split);
      return new Response(Integer.parseInt(responseHead.split(" ", 3)[1]), responseHead,
          split < 0 ? "" : answer.substring(split + 4));
    } catch (IOException e) {
      throw new IllegalStateException("request from " + localAddress + " failed", e);
    }
  }
}
