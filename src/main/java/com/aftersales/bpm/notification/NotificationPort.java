package com.aftersales.bpm.notification;

/**
 * One way a notification reaches people: the record every notification gets (always on), e-mail,
 * a chat-robot webhook. {@link NotificationDispatcher} hands each notification to every port.
 */
public interface NotificationPort {

  /** The channel's name in the delivery log, e.g. "mail". */
  String channel();

  /**
   * Delivers the notification or throws, and the delivery is tried again later. A port that writes
   * only in the case's own transaction returns true from {@link #sharesTheCaseTransaction()};
   * others (mail, webhook) reach the outside world and are sent once per notification id.
   */
  void send(Notification notification);

  default boolean sharesTheCaseTransaction() {
    return false;
  }
}
