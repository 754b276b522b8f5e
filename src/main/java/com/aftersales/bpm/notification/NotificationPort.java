package com.aftersales.bpm.notification;

import java.util.List;

/** Where processes send notifications; the default adapter logs and keeps them. */
public interface NotificationPort {

  Notification send(String channel, String recipient, String subject, String message,
      String businessKey, String processInstanceId);

  /** Notifications sent for one case (business key) that pass the filter, oldest first. */
  List<Notification> findByBusinessKey(String businessKey, RecipientFilter filter);

  /** The most recent notifications that pass the filter, newest first. */
  List<Notification> findRecent(int limit, RecipientFilter filter);
}
