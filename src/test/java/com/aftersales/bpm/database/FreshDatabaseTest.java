package com.aftersales.bpm.database;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The application on an empty database (H2, and PostgreSQL in the suite's PostgreSQL run): every
 * migration applied in order, from nothing, and the engine on the tables migration 1 created.
 */
@ApplicationTest
class FreshDatabaseTest extends ApplicationTestSupport {

  @Test
  void everyMigrationRanOnTheEmptyDatabase() {
    Assertions.assertThat(jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" "
            + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"", String.class))
        .as("no baseline: the database was empty").containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16");
    Assertions.assertThat(management.getTableCount()).as("the engine's tables")
        .containsKeys("ACT_RU_JOB", "ACT_HI_PROCINST", "ACT_RE_DECISION_DEF", "ACT_ID_USER");
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_GE_SCHEMA_LOG", Long.class))
        .as("created once, by the engine's own scripts").isEqualTo(1L);
  }
}
