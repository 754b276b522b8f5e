package com.aftersales.bpm.report;

import static com.aftersales.bpm.common.UtcTimestamps.instant;
import static com.aftersales.bpm.common.UtcTimestamps.timestamp;
import com.aftersales.bpm.rescue.RescueModel;
import static com.aftersales.bpm.rescue.RescueVariables.ANSWERED_AT;
import static com.aftersales.bpm.rescue.RescueVariables.COMPENSATION_AUTHORITY;
import static com.aftersales.bpm.rescue.RescueVariables.CUSTOMER_NAME;
import static com.aftersales.bpm.rescue.RescueVariables.GRADE;
import static com.aftersales.bpm.rescue.RescueVariables.HOME_VISIT_DONE;
import static com.aftersales.bpm.rescue.RescueVariables.OUTCOME;
import static com.aftersales.bpm.rescue.RescueVariables.RESPONSE_DEADLINE;
import static com.aftersales.bpm.rescue.RescueVariables.ROOT_CAUSE_CATEGORY;
import static com.aftersales.bpm.rescue.RescueVariables.TOTAL_COMPENSATION;

import static com.aftersales.bpm.rescue.RescueModel.FIRST_CONTACT_TASK;
import static com.aftersales.bpm.rescue.RescueModel.MISSED_RESPONSE_TASK;

import com.aftersales.bpm.audit.SlaVariables;
import com.aftersales.bpm.engine.CaseEvent;
import com.aftersales.bpm.rescue.RescueVariables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rescue_case table: one row per low-score rescue with the facts the monthly report counts,
 * read by the month of the low score's answer through an index. Besides the variables it records
 * the first completion of the first contact and whether the missed-SLA escalation was opened. The
 * SLA columns are the case's own count of missed deadlines (the engine adapter's SlaTimers judge them by
 * the times), so the rows fed by history events and those filled from history agree.
 */
@Repository
public class RescueCaseTable extends CaseTable {

  /** The rescue's variables that are columns of the row; the survey id is the case's business key. */
  static final Map<String, Column> COLUMNS = columns(
      new Column("answered_at", ANSWERED_AT),
      new Column("response_due", RESPONSE_DEADLINE),
      new Column("grade", GRADE),
      new Column("customer_name", CUSTOMER_NAME),
      new Column("outcome", OUTCOME),
      new Column("root_cause", ROOT_CAUSE_CATEGORY),
      new Column("total_compensation", TOTAL_COMPENSATION),
      new Column("compensation_authority", COMPENSATION_AUTHORITY),
      new Column("home_visit", HOME_VISIT_DONE),
      new Column("sla_breached", SlaVariables.SLA_BREACHED),
      new Column("sla_breaches", SlaVariables.SLA_BREACHES));

  private static final String FIELDS = "process_instance_id, survey_id, answered_at, grade, customer_name, "
      + "response_due, first_contact_at, outcome, root_cause, total_compensation, compensation_authority, home_visit, sla_breached, "
      + "sla_breaches, escalated, ended";

  public RescueCaseTable(JdbcTemplate jdbc) {
    super(jdbc, "rescue_case", RescueModel.RESCUE_PROCESS, "survey_id", COLUMNS);
  }

  @Override
  void taskChanged(CaseEvent.TaskChanged task) {
    if (MISSED_RESPONSE_TASK.equals(task.taskKey()) && task.created()) {
      set(task.processInstanceId(), "escalated", true);
    } else if (FIRST_CONTACT_TASK.equals(task.taskKey()) && task.completed()) {
      firstContact(task.processInstanceId(), task.at());
    }
  }

  /** The cases' rows as the report would have read them from history (tasks included). */
  @Override
  void fillFromHistory(HistoryService history, List<String> ids) {
    RescueCaseHistory.read(history, ids).forEach(this::insert);
  }

  /** The first completion of the first contact counts. */
  private void firstContact(String processInstanceId, Instant at) {
    OffsetDateTime time = timestamp(at);
    if (jdbc.update("UPDATE rescue_case SET first_contact_at = ? WHERE process_instance_id = ? "
        + "AND (first_contact_at IS NULL OR first_contact_at > ?)", time, processInstanceId, time) == 0) {
      jdbc.update("INSERT INTO rescue_case (process_instance_id, first_contact_at) SELECT ?, ? WHERE NOT EXISTS "
          + "(SELECT 1 FROM rescue_case WHERE process_instance_id = ?)", processInstanceId, time, processInstanceId);
    }
  }

  /** Rescues whose low score was answered in [from, to). */
  public List<RescueCase> answeredBetween(Instant from, Instant to) {
    return jdbc.query("SELECT " + FIELDS + " FROM rescue_case WHERE answered_at >= ? AND answered_at < ? "
        + "ORDER BY answered_at, process_instance_id", RescueCaseTable::row, timestamp(from), timestamp(to));
  }

  private void insert(RescueCase c) {
    jdbc.update("INSERT INTO rescue_case (" + FIELDS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        c.processInstanceId(), c.surveyId(), timestamp(c.answeredAt()), c.grade(), c.customer(), timestamp(c.responseDue()),
        timestamp(c.firstContactAt()),
        c.outcome(), c.rootCause(), c.totalCompensation(), c.compensationAuthority(), c.homeVisit(), c.slaBreached(),
        c.slaBreaches(), c.escalated(), c.ended());
  }

  private static RescueCase row(ResultSet rs, int n) throws SQLException {
    return new RescueCase(rs.getString("process_instance_id"), rs.getString("survey_id"), instant(rs, "answered_at"),
        rs.getString("grade"), rs.getString("customer_name"), instant(rs, "response_due"), instant(rs, "first_contact_at"), rs.getString("outcome"),
        rs.getString("root_cause"), rs.getObject("total_compensation", Long.class),
        rs.getObject("compensation_authority", Long.class), rs.getBoolean("home_visit"), rs.getBoolean("sla_breached"),
        rs.getInt("sla_breaches"), rs.getBoolean("escalated"), rs.getBoolean("ended"));
  }
}
