package com.aftersales.bpm.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mails a notification to every staff member it names (group members and users, with the
 * address the engine's identity service holds). On when {@code spring.mail.host} is set. An urgent
 * notification carries the high-priority headers mail programs and phones show (and may ring for),
 * and its subject starts with the urgent mark.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class MailNotificationAdapter implements NotificationPort {

  /** The three headers mail programs read as "high priority" (Outlook, Thunderbird, RFC 2156). */
  static final Map<String, String> URGENT_HEADERS = Map.of("X-Priority", "1 (Highest)", "Importance", "High",
      "Priority", "urgent");

  private static final Logger LOG = LoggerFactory.getLogger(MailNotificationAdapter.class);

  private final JavaMailSender mail;
  private final Recipients recipients;
  private final String from;

  public MailNotificationAdapter(JavaMailSender mail, Recipients recipients,
      @Value("${aftersales.notification.mail-from}") String from) {
    this.mail = mail;
    this.recipients = recipients;
    this.from = from;
  }

  @Override
  public String channel() {
    return "mail";
  }

  @Override
  public void send(Notification n) {
    Set<String> to = recipients.emailsOf(n.recipient());
    if (to.isEmpty()) {
      LOG.info("no e-mail address for {} (case {})", n.recipient(), n.businessKey());
      return;
    }
    mail.send(message -> write(message, from, to, n));
  }

  /** Fills {@code message} with the notification (UTF-8: the words are Chinese and English). */
  static void write(MimeMessage message, String from, Set<String> to, Notification n) throws MessagingException {
    MimeMessageHelper mime = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
    mime.setFrom(from);
    mime.setTo(to.toArray(String[]::new));
    mime.setSubject(NotificationText.subject(n));
    mime.setText(NotificationText.body(n));
    if (n.urgent()) {
      for (Map.Entry<String, String> header : URGENT_HEADERS.entrySet()) {
        message.setHeader(header.getKey(), header.getValue());
      }
    }
  }
}
