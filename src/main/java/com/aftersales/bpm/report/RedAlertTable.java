package com.aftersales.bpm.report;

import static com.aftersales.bpm.common.UtcTimestamps.timestamp;
import static com.aftersales.bpm.redalert.RedAlertVariables.*;
import static com.aftersales.bpm.redalert.RedAlertModel.*;
import com.aftersales.bpm.redalert.RedAlertModel;

import com.aftersales.bpm.redalert.DeliveryTier;
import com.aftersales.bpm.report.RescueReport.RedAlertFigures;
import com.aftersales.bpm.report.RescueReport.Nps;
import com.aftersales.bpm.rescue.SurveyAnswers;
import java.util.Arrays;
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

  /** The month's alerts (discovered in [from, to)): decided in time or late, customers per choice, cost, NPS per tier. */
  public RedAlertFigures figures(Instant from, Instant to) {
    Map<String, Nps> nps = npsByTier(from, to);
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
              rs.getLong("cost"), nps);
        }, timestamp(from), timestamp(to));
  }

  /** Its rows whose alert's history is gone, and with them the rows of that alert's settled orders (ADR 0029). */
  @Override
  int removeRowsWithoutHistory() {
    int removed = super.removeRowsWithoutHistory();
    jdbc.update("DELETE FROM red_alert_order WHERE NOT EXISTS (SELECT 1 FROM red_alert r "
        + "WHERE r.process_instance_id = red_alert_order.process_instance_id)");
    return removed;
  }

  /**
   * SPEC 5 (ADR 0029): per tier, the first answer of each settled order (red_alert_order) after it
   * was settled, its survey naming the order (survey_answer.service_order_id). Every tier is listed.
   */
  private Map<String, Nps> npsByTier(Instant from, Instant to) {
    Map<String, Nps> byTier = new LinkedHashMap<>();
    Arrays.stream(DeliveryTier.values()).forEach(tier -> byTier.put(tier.name(), Nps.of(0, 0, 0)));
    jdbc.query("SELECT o.tier, COUNT(*) AS answers, SUM(CASE WHEN a.score >= ? THEN 1 ELSE 0 END) AS promoters, "
        + "SUM(CASE WHEN a.score <= ? THEN 1 ELSE 0 END) AS detractors FROM red_alert_order o "
        + "JOIN red_alert r ON r.process_instance_id = o.process_instance_id "
        + "JOIN survey_answer a ON a.service_order_id = o.order_id AND a.answered_at >= o.settled_at "
        + "WHERE r.discovered_at >= ? AND r.discovered_at < ? AND NOT EXISTS (SELECT 1 FROM survey_answer b "
        + "WHERE b.service_order_id = o.order_id AND b.answered_at >= o.settled_at AND (b.answered_at < a.answered_at "
        + "OR (b.answered_at = a.answered_at AND b.survey_id < a.survey_id))) GROUP BY o.tier", rs -> {
          int answers = rs.getInt("answers");
          int promoters = rs.getInt("promoters");
          int detractors = rs.getInt("detractors");
          byTier.put(rs.getString("tier"), Nps.of(answers, promoters, detractors));
        }, SurveyAnswers.PROMOTER_MIN, SurveyAnswers.LOW_SCORE_MAX, timestamp(from), timestamp(to));
    return byTier;
  }
}
