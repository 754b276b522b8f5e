package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.InvalidSettingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Texts an urgent notification (SPEC 1.1: a red alert reaches the service manager "at once
 * (SMS/phone)") to the mobile number of every staff member it names, through an SMS gateway's HTTP
 * API: one {@code POST {"to":["+86…"],"text":"…"}} per number (ADR 47), with {@code Authorization:
 * Bearer} the gateway's token when one is set and an {@code Idempotency-Key} that is the same on
 * every try. Each number is its own delivery ({@code sms:<number>}): a number the gateway refuses
 * holds back nobody else's text, and a retry texts only the numbers it has not reached. On when
 * {@code AFTERSALES_NOTIFICATION_SMS_URL} is set (ADR 35). Other channels are not texted: an SMS
 * costs money and wakes people.
 */
@Component
@ConditionalOnProperty(SmsNotificationAdapter.URL_SETTING)
public class SmsNotificationAdapter implements NotificationPort {

  static final String URL_SETTING = "aftersales.notification.sms-url";
  private static final Logger LOG = LoggerFactory.getLogger(SmsNotificationAdapter.class);

  private final JsonPost http;
  private final Recipients recipients;
  private final StaffMobiles mobiles;
  private final DeliveryLog deliveries;
  private final URI gateway;
  private final String token;

  public SmsNotificationAdapter(ObjectMapper json, Recipients recipients, StaffMobiles mobiles, DeliveryLog deliveries,
      @Value("${" + URL_SETTING + "}") String gateway,
      @Value("${aftersales.notification.sms-token:}") String token) {
    this.http = new JsonPost(json);
    this.recipients = recipients;
    this.mobiles = mobiles;
    this.deliveries = deliveries;
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
    EachRecipient.send(deliveries, n, channel(), whoseNumbers(numbers), (number, key) -> post(n, number, key),
        failure -> failure instanceof JsonPost.NotReached, "The SMS gateway did not take the text for");
  }

  /** Each number (in order) to the staff it belongs to, for the incident: a shared phone is texted once. */
  private static Map<String, String> whoseNumbers(Map<String, String> numbers) {
    Map<String, String> whose = new TreeMap<>();
    new TreeMap<>(numbers).forEach((user, number) -> whose.merge(number, user, (a, b) -> a + ", " + b));
    return whose;
  }

  private void post(Notification n, String number, String key) {
    http.send("the SMS gateway", gateway, Map.of("to", List.of(number), "text", NotificationText.sms(n)),
        token.isEmpty() ? new String[] {JsonPost.IDEMPOTENCY_KEY, key}
            : new String[] {JsonPost.IDEMPOTENCY_KEY, key, "Authorization", "Bearer " + token});
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
