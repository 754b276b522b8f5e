package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.KeptRecords;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The record every notification gets, whatever else delivers it: a log line and a row in the
 * notification table (readable over REST), written in the case's transaction.
 */
@Component
public class LoggingNotificationAdapter implements RecordChannel, KeptRecords {

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
  public KeptRecords.Table keptTable() {
    return new KeptRecords.Table("notification", "created_at");
  }

  /** Inserts the notification unless its id is already recorded. */
  @Override
  public void send(Notification n) {
    jdbc.update("INSERT INTO notification (id, created_at, channel, recipient, subject, message, "
            + "business_key, process_instance_id) SELECT ?, ?, ?, ?, ?, ?, ?, ? "
            + "WHERE NOT EXISTS (SELECT 1 FROM notification WHERE id = ?)",
        n.id(), Timestamp.from(n.createdAt()), n.channel(), n.recipient(), truncate(n.subject(), MAX_SUBJECT),
        truncate(n.message(), MAX_MESSAGE), n.businessKey(), n.processInstanceId(), n.id());
    LOG.info("[{}] to {}: {} (case {})", n.channel(), n.recipient(), n.subject(), n.businessKey());
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

  @Override
  public int countForCase(String processInstanceId, String recipient, Instant since, String except) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE process_instance_id = ? "
        + "AND created_at >= ? AND recipient = ? AND id <> ?", Integer.class, processInstanceId, Timestamp.from(since),
        recipient, except);
    return count == null ? 0 : count;
  }

  /**
   * " AND (… one of the recipients …)" with the recipients added to {@code args}; nothing for
   * everything. A notification may name several recipients, separated by commas.
   */
  private static String recipientCondition(RecipientFilter filter, List<Object> args) {
    if (filter.all()) {
      return "";
    }
    if (filter.recipients().isEmpty()) {
      return " AND 1 = 0";
    }
    args.addAll(filter.recipients());
    return " AND (" + String.join(" OR ", Collections.nCopies(filter.recipients().size(),
        "CONCAT(',', REPLACE(recipient, ' ', ''), ',') LIKE CONCAT('%,', ?, ',%')")) + ")";
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
