package com.aftersales.bpm.common;

import com.aftersales.bpm.engine.EngineClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, every night after the engine's history cleanup, the rows of our own tables written more
 * than {@value #SETTING} days ago (ADR 38): notifications with customers' names and phones, intake
 * records with the payloads as received, customers' words while they waited for a part. The engine
 * removes a case's history after its model's time to live; without this, our copies would outlive
 * it for good. Each table is its own statement: a failure is logged and the next night tries again.
 * Every node of a cluster runs it; a second run finds nothing left to delete.
 */
@Component
public class RecordRetention {

  public static final String SETTING = "aftersales.records.keep-days";
  static final String VARIABLE = "AFTERSALES_RECORDS_KEEP_DAYS";
  private static final Logger LOG = LoggerFactory.getLogger(RecordRetention.class);
  private static final Pattern NAME = Pattern.compile("[a-z][a-z_]*");
  /** Beyond this a cut-off date means nothing (and a far larger number overflows the clock). */
  static final long LONGEST_DAYS = 36_500;

  private final JdbcTemplate jdbc;
  private final List<KeptRecords> tables;
  private final Duration keep;

  public RecordRetention(JdbcTemplate jdbc, List<KeptRecords> tables, @Value("${" + SETTING + "}") String keepDays,
      @Value("${aftersales.history.minimum-days}") int auditorsDays) {
    this.jdbc = jdbc;
    this.tables = List.copyOf(tables);
    this.keep = Duration.ofDays(keepDays(keepDays, auditorsDays));
    for (KeptRecords kept : this.tables) {
      KeptRecords.Table t = kept.keptTable();
      if (!NAME.matcher(t.name()).matches() || !NAME.matcher(t.writtenAt()).matches()) {
        throw new IllegalArgumentException("not a table and column name: " + t.name() + "." + t.writtenAt());
      }
    }
  }

  /** The tables it keeps, in the order they are cleaned. */
  public List<String> tables() {
    return tables.stream().map(kept -> kept.keptTable().name()).toList();
  }

  @Scheduled(cron = "${aftersales.records.cleanup-cron}")
  public void nightly() {
    removeExpired();
  }

  /** Deletes what was written before the engine's now minus the kept days; rows deleted per table. */
  public Map<String, Integer> removeExpired() {
    Instant cutoff = EngineClock.instant().minus(keep);
    Map<String, Integer> removed = new LinkedHashMap<>();
    for (KeptRecords kept : tables) {
      KeptRecords.Table table = kept.keptTable();
      try {
        removed.put(table.name(), jdbc.update("DELETE FROM " + table.name() + " WHERE " + table.writtenAt() + " < ?",
            Timestamp.from(cutoff)));
      } catch (RuntimeException e) {
        LOG.error("{}: rows written before {} could not be deleted; tried again next night", table.name(), cutoff, e);
      }
    }
    LOG.info("Records written before {} deleted ({} days kept): {}", cutoff, keep.toDays(), removed);
    return removed;
  }

  /** The setting as a number of days, at least the auditors' year; an {@link InvalidSettingException} naming it otherwise. */
  static long keepDays(String value, int auditorsDays) {
    long days;
    try {
      days = Long.parseLong(value == null ? "" : value.strip());
    } catch (NumberFormatException notANumber) {
      throw refused(value, "not a whole number of days", auditorsDays);
    }
    if (days > LONGEST_DAYS) {
      throw refused(value, "more than " + LONGEST_DAYS + " days (a hundred years)", auditorsDays);
    }
    if (days < auditorsDays) {
      throw refused(value, "less than the " + auditorsDays + " days the engine keeps a case's history at the least "
          + "(aftersales.history.minimum-days)", auditorsDays);
    }
    return days;
  }

  private static InvalidSettingException refused(String value, String problem, int auditorsDays) {
    return new InvalidSettingException(VARIABLE + " (" + SETTING + ") is '" + value + "': " + problem
        + ". It is how long notifications, intake records and the other records of ours are kept.",
        "Set " + VARIABLE + " to a number of days from " + auditorsDays + ", e.g. 1095 (the default, three years), "
            + "or leave it unset.");
  }
}
