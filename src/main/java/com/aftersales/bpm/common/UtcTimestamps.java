package com.aftersales.bpm.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Our tables' {@code TIMESTAMP WITH TIME ZONE} columns (ADR 0016): written at UTC, read back as
 * instants, so neither H2 nor PostgreSQL nor the JVM's zone moves them.
 */
public final class UtcTimestamps {

  private UtcTimestamps() {}

  /** The value to bind for an instant (null stays null). */
  public static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** The column's instant, or null. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }
}
