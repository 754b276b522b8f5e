package com.aftersales.bpm.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Posts a notification to a chat-group robot (WeCom / DingTalk style:
 * {@code {"msgtype":"text","text":{"content":"…"}}}), one POST per notification; an SMS gateway
 * with an HTTP API fits the same way. On when {@code AFTERSALES_NOTIFICATION_WEBHOOK_URL} is set.
 * Messages to customers are not posted to the staff's chat group. An urgent notification mentions
 * everyone (@all); the others are plain messages.
 */
@Component
@ConditionalOnProperty("aftersales.notification.webhook-url")
public class WebhookNotificationAdapter implements NotificationPort {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  /** WeCom's mention of every member of the chat group. */
  static final String EVERYONE = "@all";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final ObjectMapper json;
  private final URI url;

  public WebhookNotificationAdapter(ObjectMapper json, @Value("${aftersales.notification.webhook-url}") String url) {
    this.json = json;
    this.url = URI.create(url);
  }

  @Override
  public String channel() {
    return "webhook";
  }

  @Override
  public void send(Notification n) {
    if (!Recipients.isStaff(n.recipient())) {
      return;
    }
    try {
      String body = json.writeValueAsString(robotMessage(n));
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT)
          .header("Content-Type", "application/json; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() / 100 != 2 || refused(answer.body())) {
        throw new IllegalStateException("webhook answered " + answer.statusCode() + ": " + abbreviate(answer.body()));
      }
    } catch (IOException e) {
      throw new IllegalStateException("webhook not reachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting to the webhook", e);
    }
  }

  /**
   * The robot's text message. An urgent one mentions everyone, so that every member's phone pushes
   * it: WeCom reads {@code text.mentioned_list}, DingTalk {@code at.isAtAll}; each ignores the other's.
   */
  static Map<String, Object> robotMessage(Notification n) {
    Map<String, Object> text = new LinkedHashMap<>();
    text.put("content", NotificationText.subject(n) + "\n" + NotificationText.body(n));
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("msgtype", "text");
    message.put("text", text);
    if (n.urgent()) {
      text.put("mentioned_list", List.of(EVERYONE));
      message.put("at", Map.of("isAtAll", true));
    }
    return message;
  }

  /** WeCom and DingTalk answer 200 with a non-zero errcode when they refuse a message. */
  private boolean refused(String body) {
    try {
      JsonNode answer = json.readTree(body);
      return answer != null && answer.has("errcode") && answer.get("errcode").asInt() != 0;
    } catch (IOException notJson) {
      return false;
    }
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
