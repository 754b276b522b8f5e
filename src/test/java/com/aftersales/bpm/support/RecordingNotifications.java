package com.aftersales.bpm.support;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.notification.NotificationPort;
import com.aftersales.bpm.notification.RecipientFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Notification port for process tests: keeps what was sent in memory. */
public class RecordingNotifications implements NotificationPort {

  private final List<Notification> sent = new ArrayList<>();

  @Override
  public Notification send(String channel, String recipient, String subject, String message,
      String businessKey, String processInstanceId) {
    Notification n = new Notification(UUID.randomUUID().toString(), Instant.now(), channel, recipient,
        subject, message, businessKey, processInstanceId);
    sent.add(n);
    return n;
  }

  @Override
  public List<Notification> findByBusinessKey(String businessKey, RecipientFilter filter) {
    return sent.stream().filter(n -> businessKey.equals(n.businessKey()) && filter.admits(n.recipient())).toList();
  }

  @Override
  public List<Notification> findRecent(int limit, RecipientFilter filter) {
    List<Notification> newestFirst = new ArrayList<>(sent);
    java.util.Collections.reverse(newestFirst);
    return newestFirst.stream().filter(n -> filter.admits(n.recipient())).limit(limit).toList();
  }

  public List<Notification> all() {
    return List.copyOf(sent);
  }
}
