package com.aftersales.bpm.engine;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The only SQL on the engine's own tables ({@code ACT_HI_*}); everything else reads the engine
 * through its query API. Each statement here is an indexed read that the API cannot express as
 * one query: the API would load every historic case (or every variable) to compare in memory, at
 * each start of every node and every night (report tables), or take seconds per search at 10,000
 * cases (the engine's "variable like" query checks every case in turn). They read ids only, and
 * table names come from our code, never from input. ACT_HI_PROCINST and ACT_HI_VARINST have kept
 * these columns since Camunda 7.0.
 */
public final class EngineHistoryTables {

  private final JdbcTemplate jdbc;

  public EngineHistoryTables(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Cases of the process in the engine's history that have no row in our {@code table}. */
  public List<String> casesWithoutRow(String processKey, String table) {
    return jdbc.queryForList("SELECT p.ID_ FROM ACT_HI_PROCINST p WHERE p.PROC_DEF_KEY_ = ? AND NOT EXISTS "
        + "(SELECT 1 FROM " + table + " r WHERE r.process_instance_id = p.ID_)", String.class, processKey);
  }

  /** Deletes the rows of our {@code table} whose case is no longer in the engine's history. */
  public int removeRowsWithoutHistory(String table) {
    return jdbc.update("DELETE FROM " + table + " r WHERE NOT EXISTS "
        + "(SELECT 1 FROM ACT_HI_PROCINST p WHERE p.ID_ = r.process_instance_id)");
  }

  /**
   * Ids of cases (at most {@code limit}) where the text variable {@code name} contains {@code part}
   * (case-sensitive, wildcards in {@code part} taken literally). Only ids: what a user may see of
   * those cases is decided by the engine query that uses them.
   */
  public List<String> casesWithTextContaining(String name, String part, int limit) {
    String pattern = "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return jdbc.queryForList("SELECT DISTINCT PROC_INST_ID_ FROM ACT_HI_VARINST WHERE NAME_ = ? "
        + "AND PROC_INST_ID_ IS NOT NULL AND TEXT_ LIKE ? ESCAPE '\\' FETCH FIRST " + limit + " ROWS ONLY",
        String.class, name, pattern);
  }
}
