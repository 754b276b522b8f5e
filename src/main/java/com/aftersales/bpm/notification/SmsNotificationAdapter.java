package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.InvalidSettingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Texts an urgent notification (SPEC 1.1: a red alert reaches the service manager "at once
 * (SMS/phone)") to the mobile number of every staff member it names, through an SMS gateway's HTTP
 * API: one {@code POST {"to":["+86…"],"text":"…"}} per notification, with {@code Authorization:
 * Bearer} the gateway's token when one is set. On when {@code AFTERSALES_NOTIFICATION_SMS_URL} is set
 * (ADR 35). Other channels are not texted: an SMS costs money and wakes people.
 */
@Component
@ConditionalOnProperty(SmsNotificationAdapter.URL_SETTING)
public class SmsNotificationAdapter implements NotificationPort {

  static final String URL_SETTING = "aftersales.notification.sms-url";
  private static final Logger LOG = LoggerFactory.getLogger(SmsNotificationAdapter.class);

  private final JsonPost http;
  private final Recipients recipients;
  private final StaffMobiles mobiles;
  private final URI gateway;
  private final String token;

  public SmsNotificationAdapter(ObjectMapper json, Recipients recipients, StaffMobiles mobiles,
      @Value("${" + URL_SETTING + "}") String gateway,
      @Value("${aftersales.notification.sms-token:}") String token) {
    this.http = new JsonPost(json);
    this.recipients = recipients;
    this.mobiles = mobiles;
    this.gateway = gateway(gateway);
    this.token = token.strip();
  }

  @Override
  public String channel() {
    return "sms";
  }

  @Override
  public void send(Notification n) {
    if (!n.urgent()) {
      return;
    }
    List<String> staff = recipients.usersOf(n.recipient()).stream().map(User::getId).toList();
    Map<String, String> numbers = mobiles.of(staff);
    List<String> without = staff.stream().filter(id -> !numbers.containsKey(id)).toList();
    if (!without.isEmpty()) {
      LOG.warn("urgent notification {} (case {}) is not texted to {}: no mobile number on record", n.id(),
          n.businessKey(), without);
    }
    if (!numbers.isEmpty()) {
      post(Map.of("to", numbers.values().stream().distinct().sorted().toList(), "text", NotificationText.sms(n)));
    }
  }

  private void post(Map<String, Object> message) {
    http.send("the SMS gateway", gateway, message, token.isEmpty() ? new String[0]
        : new String[] {"Authorization", "Bearer " + token});
  }

  /** The gateway's address; a start with anything but an http(s) url stops with one message. */
  static URI gateway(String setting) {
    URI url = JsonPost.webAddress(setting);
    if (url == null) {
      throw new InvalidSettingException("AFTERSALES_NOTIFICATION_SMS_URL (" + URL_SETTING + ") is not an http or "
          + "https address.", "Set it to the SMS gateway's url, e.g. https://sms-relay.example.com/send, or leave it unset.");
    }
    return url;
  }
}
