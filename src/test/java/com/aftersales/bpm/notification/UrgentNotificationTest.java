package com.aftersales.bpm.notification;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Only the URGENT channel is marked urgent, by each outside port in its own way: the mail's
 * high-priority headers and subject mark, the chat robot's mention of everyone (WeCom and DingTalk
 * fields in one body). Every other channel goes out as before. NotificationDeliveryTest sends both
 * through a real SMTP server and HTTP receiver.
 */
class UrgentNotificationTest {

  private static final String SUBJECT = "红色预警 Red alert · 王先生";
  /** The message with the case and the sender the body adds (NotificationText). */
  private static final String BODY = "请立即联系 Call now\n\n案例 Case: S-1\n— 售后流程 aftersales-bpm";

  @Test
  void onlyTheUrgentChannelIsUrgent() {
    Assertions.assertThat(notification(Notification.URGENT).urgent()).isTrue();
    for (String channel : new String[] {"ALERT", "REMINDER", "SURVEY", "urgent", null}) {
      Assertions.assertThat(notification(channel).urgent()).as(channel).isFalse();
    }
  }

  @Test
  void anUrgentMailHasTheHighPriorityHeadersAndTheMark() throws Exception {
    MimeMessage urgent = mail(notification(Notification.URGENT));
    Assertions.assertThat(urgent.getSubject()).isEqualTo("[紧急 URGENT] " + SUBJECT);
    for (Map.Entry<String, String> header : MailNotificationAdapter.URGENT_HEADERS.entrySet()) {
      Assertions.assertThat(urgent.getHeader(header.getKey(), ",")).as(header.getKey()).isEqualTo(header.getValue());
    }

    MimeMessage ordinary = mail(notification("ALERT"));
    Assertions.assertThat(ordinary.getSubject()).isEqualTo(SUBJECT);
    for (String name : MailNotificationAdapter.URGENT_HEADERS.keySet()) {
      Assertions.assertThat(ordinary.getHeader(name)).as(name).isNull();
    }
  }

  @Test
  void anUrgentRobotMessageMentionsEveryoneForWeComAndDingTalk() {
    Assertions.assertThat(WebhookNotificationAdapter.robotMessage(notification(Notification.URGENT)))
        .isEqualTo(Map.of("msgtype", "text",
            "text", Map.of("content", "[紧急 URGENT] " + SUBJECT + "\n" + BODY, "mentioned_list", List.of("@all")),
            "at", Map.of("isAtAll", true)));
    Assertions.assertThat(WebhookNotificationAdapter.robotMessage(notification("ALERT")))
        .isEqualTo(Map.of("msgtype", "text",
            "text", Map.of("content", SUBJECT + "\n" + BODY)));
  }

  @Test
  void anSmsIsTheMarkedSubjectAndTheCaseOnlyAndShort() {
    Assertions.assertThat(NotificationText.sms(notification(Notification.URGENT)))
        .isEqualTo("[紧急 URGENT] " + SUBJECT + " · 案例 Case S-1 · 详情见 Tasklist");
    Notification wordy = new Notification("n-2", Instant.parse("2026-11-23T09:00:00Z"), Notification.URGENT,
        "service-manager", SUBJECT.repeat(20), "请立即联系 Call now", "S-1", "pi-1");
    Assertions.assertThat(NotificationText.sms(wordy)).hasSize(NotificationText.SMS_LENGTH)
        .endsWith("… · 案例 Case S-1 · 详情见 Tasklist");
  }

  private static Notification notification(String channel) {
    return new Notification("n-1", Instant.parse("2026-11-23T09:00:00Z"), channel, "service-manager",
        SUBJECT, "请立即联系 Call now", "S-1", "pi-1");
  }

  private static MimeMessage mail(Notification n) throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    MailNotificationAdapter.write(message, "aftersales-bpm@localhost", Set.of("manager@example.com"), n);
    message.saveChanges();
    return message;
  }
}
