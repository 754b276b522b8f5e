package com.aftersales.bpm.notification;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Hands a notification to every port: first the record, in the case's transaction, then each
 * outside channel that has not delivered it yet. A failing channel fails the notification job,
 * which the engine retries with a back-off and finally shows as an incident on the case.
 */
@Component
public class NotificationDispatcher {

  private final List<NotificationPort> ports;
  private final DeliveryLog deliveries;

  public NotificationDispatcher(List<NotificationPort> ports, DeliveryLog deliveries) {
    this.ports = ports.stream().sorted(Comparator.comparing(p -> !p.sharesTheCaseTransaction())).toList();
    this.deliveries = deliveries;
  }

  public void dispatch(Notification notification) {
    for (NotificationPort port : ports) {
      if (port.sharesTheCaseTransaction()) {
        port.send(notification);
      } else if (!deliveries.delivered(notification.id(), port.channel())) {
        port.send(notification);
        deliveries.markDelivered(notification.id(), port.channel());
      }
    }
  }

  /** The channels notifications go out on, e.g. [record, mail, webhook]. */
  public List<String> channels() {
    return ports.stream().map(NotificationPort::channel).toList();
  }
}
