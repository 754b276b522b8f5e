package com.aftersales.bpm.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mails a notification to every staff member it names (group members and users, with the
 * address the engine's identity service holds), one mail per address, each logged as delivered at
 * once: a mailbox the mail server refuses (a colleague who left) fails the notification's job after
 * the others were told, and the retries send only to it ({@link EachRecipient}); each try of one mail
 * carries the same Message-ID (ADR 47). On when {@code spring.mail.host} is set. An urgent
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
  private final DeliveryLog deliveries;
  private final String from;

  public MailNotificationAdapter(JavaMailSender mail, Recipients recipients, DeliveryLog deliveries,
      @Value("${aftersales.notification.mail-from}") String from) {
    this.mail = mail;
    this.recipients = recipients;
    this.deliveries = deliveries;
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
    EachRecipient.send(deliveries, n, channel(), to, (address, key) -> mail.send(message -> {
      write(message, from, Set.of(address), n);
      message.setHeader("Message-ID", messageId(n, address, from));
    }), e -> !refusesTheAddress(e), "The mail server refused");
  }

  /**
   * The mail's Message-ID, the same on every try of one notification to one address (ADR 47): a
   * retry after the server took the mail but its answer was lost sends it again, and a mail server
   * or program that drops a repeated Message-ID drops it. The address is hashed: the header travels
   * with the mail.
   */
  static String messageId(Notification n, String address, String from) {
    String domain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
    return "<" + n.id() + "." + HexFormat.of().formatHex(sha256(address.toLowerCase(Locale.ROOT)), 0, 8) + "@"
        + (domain.isEmpty() ? "aftersales-bpm" : domain) + ">";
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The address is unusable (malformed, or refused by the server), not the server unreachable. */
  private static boolean refusesTheAddress(RuntimeException e) {
    return e instanceof MailPreparationException || e instanceof MailSendException send
        && send.getMessageExceptions().length > 0 && Arrays.stream(send.getMessageExceptions())
        .allMatch(m -> m instanceof SendFailedException failed && failed.getInvalidAddresses() != null
            && failed.getInvalidAddresses().length > 0);
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
