package com.aftersales.bpm.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Posts a notification to the chat-group robot of each staff group it names (WeCom / DingTalk
 * style: {@code {"msgtype":"text","text":{"content":"…"}}}), one POST per group and notification.
 * Each post carries an {@code Idempotency-Key}; WeCom and DingTalk ignore it (ADR 47), a relay may
 * drop a repeat by it. On when {@code AFTERSALES_NOTIFICATION_WEBHOOKS} names a robot ({@link ChatRobots}). Messages to
 * a person or a customer go to no chat group. An urgent notification mentions everyone (@all);
 * the others are plain messages.
 */
@Component
@ConditionalOnProperty(ChatRobots.SETTING)
public class WebhookNotificationAdapter implements NotificationPort {

  /** WeCom's mention of every member of the chat group. */
  static final String EVERYONE = "@all";
  private static final Logger LOG = LoggerFactory.getLogger(WebhookNotificationAdapter.class);

  private final JsonPost http;
  private final ObjectMapper json;
  private final ChatRobots robots;
  private final DeliveryLog deliveries;
  private final Recipients recipients;

  public WebhookNotificationAdapter(ObjectMapper json, DeliveryLog deliveries, Recipients recipients,
      @Value("${" + ChatRobots.SETTING + "}") String robots) {
    this.json = json;
    this.http = new JsonPost(json);
    this.deliveries = deliveries;
    this.recipients = recipients;
    this.robots = ChatRobots.of(robots);
  }

  /** Names the robots of groups that do not exist (yet): a misspelt group would get nothing. */
  @EventListener(ApplicationReadyEvent.class)
  public void sayWhichGroupsHaveARobot() {
    LOG.info("chat robots for the groups {}", robots.groups());
    robots.groups().stream().filter(group -> !recipients.isGroup(group)).forEach(group -> LOG.warn(
        "{} names a robot for the group '{}', which does not exist: nothing is posted to it", ChatRobots.VARIABLE,
        group));
  }

  @Override
  public String channel() {
    return "webhook";
  }

  /**
   * Posts to each group's robot in turn, each logged as delivered at once (channel
   * {@code webhook:<group>}, {@link EachRecipient}): a robot that fails holds back no other group,
   * and a retry posts only to the robots that did not take it, with the same Idempotency-Key.
   */
  @Override
  public void send(Notification n) {
    Map<String, URI> reached = robots.reachedBy(n.recipient());
    EachRecipient.send(deliveries, n, channel(), reached.keySet(), (group, key) -> post(group, reached.get(group), n, key),
        failure -> false, "Not posted to the robots of");
  }

  private void post(String group, URI url, Notification n, String key) {
    String whom = "the robot of " + group;
    String answer = http.send(whom, url, robotMessage(n), JsonPost.IDEMPOTENCY_KEY, key);
    if (refused(answer)) {
      throw new IllegalStateException(whom + " refused the message: " + JsonPost.abbreviate(answer));
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
}
