package com.aftersales.bpm.notification;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails a notification to every staff member it names (group members and users, with the
 * address the engine's identity service holds). On when {@code spring.mail.host} is set.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class MailNotificationAdapter implements NotificationPort {

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
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.toArray(String[]::new));
    message.setSubject(n.subject());
    message.setText(NotificationText.body(n));
    mail.send(message);
  }
}
