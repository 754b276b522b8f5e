package com.aftersales.bpm.notification;

import java.time.Instant;
import java.util.List;

/** What was notified, as the record keeps it (readable over {@code GET /api/notifications}). */
public interface NotificationRecords {

  /** Notifications sent for one case (business key) that pass the filter, oldest first. */
  List<Notification> findByBusinessKey(String businessKey, RecipientFilter filter);

  /** The most recent notifications that pass the filter, newest first. */
  List<Notification> findRecent(int limit, RecipientFilter filter);

  /**
   * How many notifications the process instance has had for exactly {@code recipient} since
   * {@code since}, leaving out {@code except}.
   */
  int countForCase(String processInstanceId, String recipient, Instant since, String except);
}
