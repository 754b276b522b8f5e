package com.aftersales.bpm.report;

import com.aftersales.bpm.common.KeptRecords;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The vehicle_order table (ADR 0036): every vehicle order the dealer system signed, with where its
 * customer came from, written by the sales intake; the report counts the month's orders for sales'
 * repurchase and referral KPI (SPEC 6).
 */
@Repository
public class VehicleOrderTable implements KeptRecords {

  /** Where an order's customer came from. */
  public enum Source { NEW, REPURCHASE, REFERRAL }

  /** One signed order. */
  public record Order(String orderId, String customerId, Source source, Instant signedAt) {}

  /** The orders signed in a span, by where their customers came from. */
  public record Counts(int orders, int repurchases, int referrals) {}

  private final JdbcTemplate jdbc;

  public VehicleOrderTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public KeptRecords.Table keptTable() {
    return new KeptRecords.Table("vehicle_order", "signed_at");
  }

  public void signed(Order order) {
    jdbc.update("INSERT INTO vehicle_order (order_id, customer_id, source, signed_at, received_at) VALUES (?, ?, ?, ?, ?)",
        order.orderId(), order.customerId(), order.source().name(), Timestamp.from(order.signedAt()),
        Timestamp.from(Instant.now()));
  }

  /** The orders signed from {@code from} (included) to {@code to} (excluded). */
  public Counts signedBetween(Instant from, Instant to) {
    return jdbc.queryForObject("SELECT COUNT(*), "
        + "COALESCE(SUM(CASE WHEN source = 'REPURCHASE' THEN 1 ELSE 0 END), 0), "
        + "COALESCE(SUM(CASE WHEN source = 'REFERRAL' THEN 1 ELSE 0 END), 0) "
        + "FROM vehicle_order WHERE signed_at >= ? AND signed_at < ?",
        (row, n) -> new Counts(row.getInt(1), row.getInt(2), row.getInt(3)), Timestamp.from(from), Timestamp.from(to));
  }
}
