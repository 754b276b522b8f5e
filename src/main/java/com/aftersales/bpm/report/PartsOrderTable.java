package com.aftersales.bpm.report;

import static com.aftersales.bpm.common.UtcTimestamps.instant;
import static com.aftersales.bpm.common.UtcTimestamps.timestamp;
import static com.aftersales.bpm.parts.PartsVariables.ESCALATED;
import com.aftersales.bpm.parts.PartsModel;
import static com.aftersales.bpm.parts.PartsVariables.PART_ARRIVED_AT;
import static com.aftersales.bpm.parts.PartsVariables.PROMISED_DEADLINE;
import static com.aftersales.bpm.parts.PartsVariables.REPORTED_AT;
import static com.aftersales.bpm.parts.PartsVariables.RISK_LEVEL;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The parts_order table: one row per parts-shortage order, read by the month it was reported in. */
@Repository
public class PartsOrderTable extends CaseTable {

  static final Map<String, Column> COLUMNS = columns(
      new Column("reported_at", REPORTED_AT),
      new Column("risk_level", RISK_LEVEL),
      new Column("escalated", ESCALATED),
      new Column("part_arrived_at", PART_ARRIVED_AT),
      new Column("promised_deadline", PROMISED_DEADLINE));

  /** One order as the report counts it. */
  public record PartsOrder(String riskLevel, boolean escalated, Instant reportedAt, Instant partArrivedAt,
      Instant promisedDeadline) {}

  public PartsOrderTable(JdbcTemplate jdbc) {
    super(jdbc, "parts_order", PartsModel.PROCESS, "repair_order_id", COLUMNS);
  }

  /** The ids of the orders reported in [from, to), oldest first. */
  public List<String> idsReportedBetween(Instant from, Instant to) {
    return jdbc.queryForList("SELECT process_instance_id FROM parts_order WHERE reported_at >= ? AND reported_at < ? "
        + "ORDER BY reported_at, process_instance_id", String.class, timestamp(from), timestamp(to));
  }

  /** Orders reported in [from, to). */
  public List<PartsOrder> reportedBetween(Instant from, Instant to) {
    return jdbc.query("SELECT risk_level, escalated, reported_at, part_arrived_at, promised_deadline FROM parts_order "
        + "WHERE reported_at >= ? AND reported_at < ?", (rs, n) -> new PartsOrder(rs.getString("risk_level"),
            rs.getBoolean("escalated"), instant(rs, "reported_at"), instant(rs, "part_arrived_at"),
            instant(rs, "promised_deadline")), timestamp(from), timestamp(to));
  }
}
