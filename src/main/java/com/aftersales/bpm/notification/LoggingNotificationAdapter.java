package com.aftersales.bpm.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Default notification adapter: writes each notification to the log and to the notification
 * table (readable over REST). Channels such as e-mail or SMS replace this adapter later.
 */
@Component
public class LoggingNotificationAdapter implements NotificationPort {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingNotificationAdapter.class);
  private static final int MAX_MESSAGE = 4000;
  private static final int MAX_SUBJECT = 500;

  private static final RowMapper<Notification> ROW = (rs, i) -> new Notification(
      rs.getString("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("channel"),
      rs.getString("recipient"), rs.getString("subject"), rs.getString("message"),
      rs.getString("business_key"), rs.getString("process_instance_id"));

  private final JdbcTemplate jdbc;

  public LoggingNotificationAdapter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Notification send(String channel, String recipient, String subject, String message,
      String businessKey, String processInstanceId) {
    Notification n = new Notification(UUID.randomUUID().toString(), Instant.now(), channel, recipient,
        truncate(subject, MAX_SUBJECT), truncate(message, MAX_MESSAGE), businessKey, processInstanceId);
    jdbc.update("INSERT INTO notification (id, created_at, channel, recipient, subject, message, "
            + "business_key, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        n.id(), Timestamp.from(n.createdAt()), n.channel(), n.recipient(), n.subject(), n.message(),
        n.businessKey(), n.processInstanceId());
    LOG.info("[{}] to {}: {} (case {})", channel, recipient, n.subject(), businessKey);
    return n;
  }

  @Override
  public List<Notification> findByBusinessKey(String businessKey, RecipientFilter filter) {
    List<Object> args = new ArrayList<>(List.of(businessKey));
    return jdbc.query("SELECT * FROM notification WHERE business_key = ?" + recipientCondition(filter, args)
        + " ORDER BY created_at, id", ROW, args.toArray());
  }

  @Override
  public List<Notification> findRecent(int limit, RecipientFilter filter) {
    List<Object> args = new ArrayList<>();
    String where = recipientCondition(filter, args);
    args.add(limit);
    return jdbc.query("SELECT * FROM notification WHERE 1 = 1" + where
        + " ORDER BY created_at DESC, id FETCH FIRST ? ROWS ONLY", ROW, args.toArray());
  }

  /** " AND recipient IN (?, …)" with the recipients added to {@code args}; nothing for everything. */
  private static String recipientCondition(RecipientFilter filter, List<Object> args) {
    if (filter.all()) {
      return "";
    }
    if (filter.recipients().isEmpty()) {
      return " AND 1 = 0";
    }
    args.addAll(filter.recipients());
    return " AND recipient IN (" + String.join(", ", Collections.nCopies(filter.recipients().size(), "?")) + ")";
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
