package com.aftersales.bpm.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;

/** What a real SMTP server (GreenMail) received, read as the mail tests need it. */
public final class SentMail {

  private SentMail() {}

  /** The e-mails sent: GreenMail keeps a copy per mailbox, one e-mail has one Message-ID. */
  public static List<MimeMessage> of(GreenMailExtension smtp) {
    Map<String, MimeMessage> byId = new LinkedHashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      try {
        byId.putIfAbsent(message.getMessageID(), message);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return List.copyOf(byId.values());
  }

  public static MimeMessage only(List<MimeMessage> messages) {
    Assertions.assertThat(messages).hasSize(1);
    return messages.get(0);
  }

  public static List<String> recipients(MimeMessage mail) {
    try {
      return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** X-Priority, Importance and Priority of the mail, null where it has none. */
  public static List<String> priorityHeaders(MimeMessage mail) throws MessagingException {
    List<String> values = new ArrayList<>();
    for (String name : List.of("X-Priority", "Importance", "Priority")) {
      values.add(mail.getHeader(name, ","));
    }
    return values;
  }
}
