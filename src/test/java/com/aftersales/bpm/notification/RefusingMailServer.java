package com.aftersales.bpm.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server on loopback that refuses some mailboxes as a company's mail server does for a
 * colleague who left ({@code 550} to {@code RCPT TO}), which GreenMail cannot: it accepts every
 * recipient. Keeps the recipients and the Message-ID of every mail it accepted. It can also be down
 * ({@code 421} to every connection), or take a mail and lose its answer (the connection drops
 * before its {@code 250}), as a server whose answer timed out.
 */
final class RefusingMailServer implements AutoCloseable {

  private final ServerSocket socket;
  private final Set<String> refused;
  private final List<List<String>> accepted = new CopyOnWriteArrayList<>();
  private final List<String> messageIds = new CopyOnWriteArrayList<>();
  private final Set<String> loseAnswerOnce = ConcurrentHashMap.newKeySet();
  private volatile boolean down;

  RefusingMailServer(String... refused) {
    this.refused = Set.of(refused);
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread server = new Thread(this::serve, "refusing-smtp");
    server.setDaemon(true);
    server.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** The recipients of each mail accepted, in order. */
  List<List<String>> accepted() {
    return List.copyOf(accepted);
  }

  /** The Message-ID header of each mail accepted, in order. */
  List<String> messageIds() {
    return List.copyOf(messageIds);
  }

  /** Answers every connection {@code 421}, as a server that is down. */
  void down(boolean down) {
    this.down = down;
  }

  /** Takes the next mail to {@code address} but drops the connection instead of answering it. */
  void loseAnswerOnce(String address) {
    loseAnswerOnce.add(address);
  }

  /** Every address a mail reached. */
  List<String> reached() {
    return accepted.stream().flatMap(List::stream).toList();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        talk(new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII)),
            new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII));
      } catch (IOException closed) {
        // the test closed the server, or the client went away
      }
    }
  }

  private void talk(BufferedReader in, PrintWriter out) throws IOException {
    if (down) {
      reply(out, "421 4.3.2 service not available");
      return;
    }
    reply(out, "220 refusing-smtp ready");
    List<String> to = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("RCPT TO:")) {
        String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
        if (refused.contains(address)) {
          reply(out, "550 5.1.1 <" + address + ">: no such mailbox");
        } else {
          to.add(address);
          reply(out, "250 OK");
        }
      } else if (command.equals("DATA")) {
        reply(out, "354 go on");
        String messageId = null;
        for (String data = in.readLine(); !".".equals(data); data = in.readLine()) {
          if (messageId == null && data.toLowerCase(Locale.ROOT).startsWith("message-id:")) {
            messageId = data.substring("message-id:".length()).strip();
          }
        }
        accepted.add(List.copyOf(to));
        messageIds.add(String.valueOf(messageId));
        if (to.stream().anyMatch(loseAnswerOnce::remove)) {
          return; // taken, but the sender never hears so
        }
        to.clear();
        reply(out, "250 OK accepted");
      } else if (command.equals("RSET") || command.startsWith("MAIL FROM:")) {
        to.clear();
        reply(out, "250 OK");
      } else if (command.equals("QUIT")) {
        reply(out, "221 bye");
        return;
      } else {
        reply(out, "250 OK");
      }
    }
  }

  private static void reply(PrintWriter out, String line) {
    out.print(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
