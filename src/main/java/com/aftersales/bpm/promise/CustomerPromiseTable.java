package com.aftersales.bpm.promise;

import static com.aftersales.bpm.common.UtcTimestamps.instant;
import static com.aftersales.bpm.common.UtcTimestamps.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The customer_promise table (ADR 0012): one row per promise of a checklist, written by the intake
 * and by the checklist process in the engine's transactions, read by customer and by month.
 */
@Repository
public class CustomerPromiseTable {

  private static final String COLUMNS = "checklist_id, item_no, customer_id, order_id, recorded_at, customer_confirmed_at, kind, "
      + "description, promise_value, valid_until, policy_class, state, decision_reason, changed_description, decided_at";

  private final JdbcTemplate jdbc;

  public CustomerPromiseTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Id of one promise as the process carries it: checklistId#itemNo. */
  static String itemId(String checklistId, int itemNo) {
    return checklistId + "#" + itemNo;
  }

  /** The checklist's rows as a draft: the customer's confirmation is recorded by {@link #confirm}, one step or two. */
  public void insert(CustomerPromiseChecklist checklist) {
    int no = 0;
    for (CustomerPromiseChecklist.Item item : checklist.items()) {
      no++;
      jdbc.update("INSERT INTO customer_promise (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, ?, NULL, NULL, NULL)",
          checklist.checklistId(), no, checklist.customerId(), checklist.orderId(),
          timestamp(checklist.recordedAt().toInstant()), item.kind().name(), item.description(), item.value(),
          item.validUntil(), PromiseState.RECEIVED.name());
    }
  }

  /**
   * One decided promise (DecidedPromises), unless its row is there: the step that records it may run
   * again in a later transaction (an order settled again from Cockpit); whether it was written.
   */
  boolean insertOnce(CustomerPromise p) {
    if (jdbc.queryForObject("SELECT COUNT(*) FROM customer_promise WHERE checklist_id = ? AND item_no = ?",
        Integer.class, p.checklistId(), p.item()) > 0) {
      return false;
    }
    jdbc.update("INSERT INTO customer_promise (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p.checklistId(), p.item(), p.customerId(), p.orderId(), timestamp(p.recordedAt()),
        timestamp(p.customerConfirmedAt()), p.kind().name(), p.description(), p.value(), p.validUntil(), p.policy(),
        p.state().name(), p.decisionReason(), p.changedDescription(), timestamp(p.decidedAt()));
    return true;
  }

  /** When the customer confirmed the checklist, on each of its rows not confirmed yet; how many were. */
  int confirm(String checklistId, Instant at) {
    return jdbc.update("UPDATE customer_promise SET customer_confirmed_at = ? WHERE checklist_id = ? "
        + "AND customer_confirmed_at IS NULL", timestamp(at), checklistId);
  }

  List<String> itemIds(String checklistId) {
    return jdbc.queryForList("SELECT item_no FROM customer_promise WHERE checklist_id = ? ORDER BY item_no",
        Integer.class, checklistId).stream().map(no -> itemId(checklistId, no)).toList();
  }

  CustomerPromise item(String itemId) {
    int hash = itemId.lastIndexOf('#');
    List<CustomerPromise> rows = jdbc.query("SELECT " + COLUMNS + " FROM customer_promise WHERE checklist_id = ? AND item_no = ?",
        CustomerPromiseTable::row, itemId.substring(0, hash), Integer.parseInt(itemId.substring(hash + 1)));
    if (rows.isEmpty()) {
      throw new IllegalStateException("no promise " + itemId);
    }
    return rows.get(0);
  }

  void classify(String itemId, String policyClass, PromiseState state) {
    update(itemId, "policy_class = ?, state = ?", policyClass, state.name());
  }

  void decide(String itemId, PromiseDecision decision, String reason, String changedDescription, Instant at) {
    update(itemId, "state = ?, decision_reason = ?, changed_description = ?, decided_at = ?", decision.state().name(),
        reason, decision == PromiseDecision.CHANGED ? changedDescription : null, timestamp(at));
  }

  /** Every promise made to the customer, newest checklist first. */
  public List<CustomerPromise> ofCustomer(String customerId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM customer_promise WHERE customer_id = ? "
        + "ORDER BY recorded_at DESC, checklist_id, item_no", CustomerPromiseTable::row, customerId);
  }

  public List<CustomerPromise> ofChecklist(String checklistId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM customer_promise WHERE checklist_id = ? ORDER BY item_no",
        CustomerPromiseTable::row, checklistId);
  }

  /** The promises recorded in [from, to). */
  public List<CustomerPromise> recordedBetween(Instant from, Instant to) {
    return jdbc.query("SELECT " + COLUMNS + " FROM customer_promise WHERE recorded_at >= ? AND recorded_at < ? "
        + "ORDER BY recorded_at, checklist_id, item_no", CustomerPromiseTable::row, timestamp(from), timestamp(to));
  }

  private void update(String itemId, String set, Object... values) {
    int hash = itemId.lastIndexOf('#');
    Object[] args = new Object[values.length + 2];
    System.arraycopy(values, 0, args, 0, values.length);
    args[values.length] = itemId.substring(0, hash);
    args[values.length + 1] = Integer.parseInt(itemId.substring(hash + 1));
    if (jdbc.update("UPDATE customer_promise SET " + set + " WHERE checklist_id = ? AND item_no = ?", args) != 1) {
      throw new IllegalStateException("no promise " + itemId);
    }
  }

  private static CustomerPromise row(ResultSet rs, int n) throws SQLException {
    java.sql.Date validUntil = rs.getDate("valid_until");
    return new CustomerPromise(rs.getString("checklist_id"), rs.getInt("item_no"), rs.getString("customer_id"),
        rs.getString("order_id"), instant(rs, "recorded_at"), instant(rs, "customer_confirmed_at"),
        PromiseKind.valueOf(rs.getString("kind")),
        rs.getString("description"), rs.getBigDecimal("promise_value"),
        validUntil == null ? null : validUntil.toLocalDate(), rs.getString("policy_class"),
        PromiseState.valueOf(rs.getString("state")), rs.getString("decision_reason"),
        rs.getString("changed_description"), instant(rs, "decided_at"));
  }
}
