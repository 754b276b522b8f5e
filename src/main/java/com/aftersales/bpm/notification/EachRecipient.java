package com.aftersales.bpm.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * One message per recipient of an outside channel (a mailbox, a phone number, a group's robot),
 * each logged as delivered the moment it went out ({@code <channel>:<recipient>}), so that a retry
 * sends only to whom it has not reached (ADR 42, ADR 47). One recipient's failure holds back no
 * other: the rest are sent, then the notification's job fails naming who is missing, and its retries
 * end as an incident that names them. Only a failure of the service itself (unreachable: every
 * next recipient would wait for the same timeout) stops the rest at once.
 */
final class EachRecipient {

  private EachRecipient() {}

  /** As below, each recipient named by its own key (an address, a group). */
  static void send(DeliveryLog log, Notification n, String channel, Collection<String> recipients,
      BiConsumer<String, String> send, Predicate<RuntimeException> stopsTheRest, String failed) {
    Map<String, String> named = new LinkedHashMap<>();
    recipients.forEach(recipient -> named.put(recipient, recipient));
    send(log, n, channel, named, send, stopsTheRest, failed);
  }

  /**
   * Sends {@code n} to each of {@code recipients} (delivery key, e.g. the address, to the name an
   * incident gives it) not yet delivered.
   *
   * @param channel the port's channel, e.g. "sms": each delivery is logged as {@code sms:<key>}
   * @param send sends to one key, or throws; given with it the key a receiver can drop a repeat by,
   *     the same on every try of one message to one recipient ({@code <notification id>:<channel>:<key>})
   * @param stopsTheRest a failure after which no next recipient is tried
   * @param failed how the job's failure starts, e.g. "The SMS gateway did not take the text for"
   */
  static void send(DeliveryLog log, Notification n, String channel, Map<String, String> recipients,
      BiConsumer<String, String> send, Predicate<RuntimeException> stopsTheRest, String failed) {
    List<String> missing = new ArrayList<>();
    RuntimeException first = null;
    for (Map.Entry<String, String> recipient : recipients.entrySet()) {
      String delivery = channel + ":" + recipient.getKey();
      if (log.delivered(n.id(), delivery)) {
        continue;
      }
      try {
        send.accept(recipient.getKey(), n.id() + ":" + delivery);
        log.markDelivered(n.id(), delivery);
      } catch (RuntimeException e) {
        if (stopsTheRest.test(e)) {
          throw e;
        }
        missing.add(recipient.getValue());
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw new IllegalStateException(failed + " " + missing + " (the others got it): " + first.getMessage(), first);
    }
  }
}
