package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.KeptRecords;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery log in the {@code notification_delivery} table. A delivery is marked in its own
 * transaction right after it succeeded: if a later channel fails and the job rolls back, the mark
 * stays and the retry skips what was already sent.
 */
@Component
public class JdbcDeliveryLog implements DeliveryLog, KeptRecords {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public JdbcDeliveryLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public KeptRecords.Table keptTable() {
    return new KeptRecords.Table("notification_delivery", "delivered_at");
  }

  @Override
  public boolean delivered(String notificationId, String channel) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM notification_delivery WHERE notification_id = ? "
        + "AND channel = ?", Integer.class, notificationId, channel);
    return count != null && count > 0;
  }

  @Override
  public void markDelivered(String notificationId, String channel) {
    ownTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO notification_delivery "
        + "(notification_id, channel, delivered_at) VALUES (?, ?, ?)", notificationId, channel,
        Timestamp.from(Instant.now())));
  }
}
