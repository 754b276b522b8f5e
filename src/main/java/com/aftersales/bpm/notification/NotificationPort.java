package com.aftersales.bpm.notification;

import java.util.List;

/** Where processes send notifications; the default adapter logs and keeps them. */
public interface NotificationPort {

  Notification send(String channel, String recipient, String subject, String message,
      String businessKey, String processInstanceId);

  /** Notifications sent for one case (business key), oldest first. */
  List<Notification> findByBusinessKey(String businessKey);

  /** The most recent notifications, newest first. */
  List<Notification> findRecent(int limit);
}
