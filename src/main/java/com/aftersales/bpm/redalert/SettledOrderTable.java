package com.aftersales.bpm.redalert;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The red_alert_order table (ADR 0029): each order a red alert settled, with its tier, so that the
 * customer's survey answer (serviceOrderId = order id) is counted for that tier. Written in the
 * engine's transaction; the report reads it joined with red_alert and survey_answer.
 */
@Repository
public class SettledOrderTable {

  /** One settled order; {@code customerChoice} is null for an order delivered as planned. */
  public record SettledOrder(String processInstanceId, String orderId, String customerId, DeliveryTier tier,
      CustomerChoice customerChoice, Instant settledAt) {}

  private final JdbcTemplate jdbc;

  public SettledOrderTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the order; settled again (an admin moved its token back in Cockpit), the row is rewritten. */
  public void settled(SettledOrder order) {
    String choice = order.customerChoice() == null ? null : order.customerChoice().name();
    Timestamp at = Timestamp.from(order.settledAt());
    if (jdbc.update("UPDATE red_alert_order SET customer_id = ?, tier = ?, customer_choice = ?, settled_at = ? "
        + "WHERE process_instance_id = ? AND order_id = ?", order.customerId(), order.tier().name(), choice, at,
        order.processInstanceId(), order.orderId()) == 0) {
      jdbc.update("INSERT INTO red_alert_order (process_instance_id, order_id, customer_id, tier, customer_choice, "
          + "settled_at) VALUES (?, ?, ?, ?, ?, ?)", order.processInstanceId(), order.orderId(), order.customerId(),
          order.tier().name(), choice, at);
    }
  }
}
