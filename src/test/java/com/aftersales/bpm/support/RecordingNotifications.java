package com.aftersales.bpm.support;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.notification.RecordChannel;
import com.aftersales.bpm.notification.RecipientFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Notification port for process tests: keeps what was sent in memory. */
public class RecordingNotifications implements RecordChannel {

  private final List<Notification> sent = new ArrayList<>();

  @Override
  public void send(Notification notification) {
    sent.add(notification);
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

  @Override
  public int countForCase(String processInstanceId, String recipient, Instant since, String except) {
    return (int) sent.stream().filter(n -> processInstanceId.equals(n.processInstanceId()) && !n.createdAt().isBefore(since)
        && java.util.Objects.equals(recipient, n.recipient()) && !n.id().equals(except)).count();
  }

  public List<Notification> all() {
    return List.copyOf(sent);
  }
}
