package com.aftersales.bpm.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Hands a notification to every port: first the record, in the case's transaction, then each
 * outside channel that has not delivered it yet. A failing channel fails the notification job (after
 * the other channels were tried),
 * which the engine retries with a back-off and finally shows as an incident on the case. Each
 * failed attempt is counted per channel, so monitoring sees a mail server outage before the
 * incidents pile up.
 */
@Component
public class NotificationDispatcher {

  /** Failed delivery attempts, tag {@code channel}; Prometheus: {@code aftersales_notifications_failed_total}. */
  public static final String FAILED_METRIC = "aftersales.notifications.failed";

  private final List<NotificationPort> ports;
  private final DeliveryLog deliveries;
  private final Map<String, Counter> failures;

  @Autowired
  public NotificationDispatcher(List<NotificationPort> ports, DeliveryLog deliveries, MeterRegistry meters) {
    this.ports = ports.stream().sorted(Comparator.comparing(p -> !p.sharesTheCaseTransaction())).toList();
    this.deliveries = deliveries;
    this.failures = ports.stream().map(NotificationPort::channel).distinct().collect(Collectors.toMap(
        Function.identity(), channel -> Counter.builder(FAILED_METRIC)
            .description("Notification delivery attempts that failed (the job is retried)")
            .tag("channel", channel).register(meters)));
  }

  /** Without monitoring (process tests). */
  public NotificationDispatcher(List<NotificationPort> ports, DeliveryLog deliveries) {
    this(ports, deliveries, new SimpleMeterRegistry());
  }

  /**
   * Every outside channel is tried, whichever failed before it (ADR 47): a mail server outage holds
   * back no urgent text. Then the first failure fails the job, or one naming each failed channel.
   */
  public void dispatch(Notification notification) {
    Map<String, RuntimeException> failed = new LinkedHashMap<>();
    for (NotificationPort port : ports) {
      if (port.sharesTheCaseTransaction()) {
        send(port, notification);
      } else if (!deliveries.delivered(notification.id(), port.channel())) {
        try {
          send(port, notification);
          deliveries.markDelivered(notification.id(), port.channel());
        } catch (RuntimeException e) {
          failed.put(port.channel(), e);
        }
      }
    }
    if (failed.size() == 1) {
      throw failed.values().iterator().next();
    }
    if (!failed.isEmpty()) {
      IllegalStateException all = new IllegalStateException("Not delivered by " + failed.keySet() + ": " + failed.entrySet()
          .stream().map(e -> e.getKey() + ": " + e.getValue().getMessage()).collect(Collectors.joining("; ")));
      failed.values().forEach(all::addSuppressed);
      throw all;
    }
  }

  private void send(NotificationPort port, Notification notification) {
    try {
      port.send(notification);
    } catch (RuntimeException e) {
      failures.get(port.channel()).increment();
      throw e;
    }
  }

  /** The channels notifications go out on, e.g. [record, mail, webhook]. */
  public List<String> channels() {
    return ports.stream().map(NotificationPort::channel).toList();
  }
}
