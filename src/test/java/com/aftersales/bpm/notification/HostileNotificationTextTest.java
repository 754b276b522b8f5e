package com.aftersales.bpm.notification;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Subjects and messages carry text from outside (a customer's name, a survey comment) and from
 * staff (an action's text): it cannot add a mail header or recipient (a line break in an ASCII
 * subject), the mail is plain text (no HTML of theirs is rendered), and the chat robot's message is
 * WeCom's and DingTalk's plain "text" type, where "@all" in the words mentions nobody (only
 * {@code mentioned_list} and {@code at.isAtAll} do, set for the URGENT channel alone).
 */
class HostileNotificationTextTest {

  private static final String NAME = "Wang\r\nBcc: thief@evil.example\r\nX-Injected: yes\r\n\r\n<b>fake body</b>";
  private static final String COMMENT = "<img src=x onerror=alert(1)> [claim](https://evil.example) @all <@all> @所有人";

  @Test
  void aLineBreakInTheSubjectAddsNoHeaderAndNoRecipient() throws Exception {
    MimeMessage sent = sentAndReceived(notification("ALERT", "Call " + NAME + " back now"));
    Assertions.assertThat(sent.getRecipients(Message.RecipientType.BCC)).isNull();
    Assertions.assertThat(sent.getAllRecipients()).extracting(Object::toString).containsExactly("manager@example.com");
    Assertions.assertThat(sent.getHeader("X-Injected")).isNull();
    Assertions.assertThat(sent.getSubject()).contains("Wang").contains("thief@evil.example");
  }

  @Test
  void theMailIsPlainTextWithTheWordsAsSent() throws Exception {
    MimeMessage sent = sentAndReceived(notification("ALERT", "客户 " + NAME));
    Assertions.assertThat(sent.getContentType()).startsWith("text/plain");
    Assertions.assertThat((String) sent.getContent()).contains(COMMENT);
  }

  @Test
  void wordsThatMentionEveryoneMentionNobodyUnlessTheChannelIsUrgent() {
    Map<String, Object> message = WebhookNotificationAdapter.robotMessage(notification("ALERT", "@all " + NAME));
    Assertions.assertThat(message).containsOnlyKeys("msgtype", "text").containsEntry("msgtype", "text");
    @SuppressWarnings("unchecked")
    Map<String, Object> text = (Map<String, Object>) message.get("text");
    Assertions.assertThat(text).containsOnlyKeys("content");
    Assertions.assertThat((String) text.get("content")).contains(COMMENT);
  }

  private static Notification notification(String channel, String subject) {
    return new Notification("n-1", Instant.parse("2026-11-23T09:00:00Z"), channel, "service-manager", subject,
        "评价 Comment: " + COMMENT, "S-1", "pi-1");
  }

  /** The mail as written to the wire and read back by the receiving side. */
  private static MimeMessage sentAndReceived(Notification n) throws Exception {
    Session session = Session.getInstance(new Properties());
    MimeMessage message = new MimeMessage(session);
    MailNotificationAdapter.write(message, "aftersales-bpm@localhost", Set.of("manager@example.com"), n);
    message.saveChanges();
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    message.writeTo(wire);
    return new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()));
  }
}
