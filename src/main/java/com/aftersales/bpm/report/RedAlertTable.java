package com.aftersales.bpm.report;

import static com.aftersales.bpm.common.UtcTimestamps.timestamp;
import static com.aftersales.bpm.redalert.RedAlertVariables.*;
import static com.aftersales.bpm.redalert.RedAlertModel.*;
import com.aftersales.bpm.redalert.RedAlertModel;

import com.aftersales.bpm.report.RescueReport.RedAlertFigures;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The red_alert table: one row per red alert, read by the month it was discovered in. */
@Repository
public class RedAlertTable extends CaseTable {

  static final Map<String, Column> COLUMNS = columns(
      new Column("discovered_at", DISCOVERED_AT),
      new Column("decided_in_window", DECIDED_IN_WINDOW),
      new Column("decision_minutes", DECISION_MINUTES),
      new Column("delivered_as_planned", DELIVERED_AS_PLANNED),
      new Column("customers_accepted", CUSTOMERS_ACCEPTED),
      new Column("customers_waiting", CUSTOMERS_WAITING),
      new Column("customers_cancelled", CUSTOMERS_CANCELLED),
      new Column("plan_cost", PLAN_COST),
      new Column("overtime_cost", OVERTIME_COST));

  public RedAlertTable(JdbcTemplate jdbc) {
    super(jdbc, "red_alert", RedAlertModel.PROCESS, "alert_id", COLUMNS);
  }

  /** The month's alerts (discovered in [from, to)): decided in time or late, customers per choice, cost. */
  public RedAlertFigures figures(Instant from, Instant to) {
    return jdbc.queryForObject("SELECT COUNT(*) AS raised, "
        + "SUM(CASE WHEN decided_in_window THEN 1 ELSE 0 END) AS in_window, "
        + "SUM(CASE WHEN decided_in_window = FALSE THEN 1 ELSE 0 END) AS late, "
        + "COALESCE(SUM(delivered_as_planned), 0) AS delivered, COALESCE(SUM(customers_accepted), 0) AS accepted, "
        + "COALESCE(SUM(customers_waiting), 0) AS waiting, COALESCE(SUM(customers_cancelled), 0) AS cancelled, "
        + "COALESCE(SUM(plan_cost), 0) + COALESCE(SUM(overtime_cost), 0) AS cost "
        + "FROM red_alert WHERE discovered_at >= ? AND discovered_at < ?", (rs, n) -> {
          Map<String, Long> customers = new LinkedHashMap<>();
          customers.put("DELIVER", rs.getLong("delivered"));
          customers.put("ACCEPT", rs.getLong("accepted"));
          customers.put("WAIT", rs.getLong("waiting"));
          customers.put("CANCEL", rs.getLong("cancelled"));
          return new RedAlertFigures(rs.getInt("raised"), rs.getInt("in_window"), rs.getInt("late"), customers,
              rs.getLong("cost"));
        }, timestamp(from), timestamp(to));
  }
}
