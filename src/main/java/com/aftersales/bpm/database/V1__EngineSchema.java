package com.aftersales.bpm.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the engine's tables from the SQL scripts inside the engine jar, unless they exist (a
 * database of a version that let the engine create them). Run by Flyway, under its lock, so two nodes
 * starting on an empty database do not both create them; the engine itself only checks the schema.
 * An engine upgrade adds a migration that runs Camunda's upgrade script for that version.
 */
@Component
public class V1__EngineSchema extends BaseJavaMigration {

  private static final Logger LOG = LoggerFactory.getLogger(V1__EngineSchema.class);
  private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql";
  /** The parts the engine creates with its defaults (history, identity, CMMN and DMN all on). */
  private static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine",
      "case.history", "decision.engine", "decision.history");

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (tableExists(connection, "ACT_GE_PROPERTY")) {
      LOG.info("The engine's tables exist already; left as they are");
      return;
    }
    String database = engineDatabaseType(connection);
    try (Statement statement = connection.createStatement()) {
      for (String component : COMPONENTS) {
        for (String sql : statements(String.format(SCRIPTS, database, component))) {
          statement.execute(sql);
        }
      }
    }
    LOG.info("Created the engine's tables for {}", database);
  }

  private static boolean tableExists(Connection connection, String table) throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), null,
        new String[] {"TABLE"})) {
      while (tables.next()) {
        if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String engineDatabaseType(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return "h2";
    }
    if (product.contains("postgres")) {
      return "postgres";
    }
    throw new IllegalStateException("Unsupported database " + product + ": use H2 or PostgreSQL");
  }

  /** The script's statements, split as the engine splits them: comment lines out, ';' at line end. */
  static List<String> statements(String resource) throws IOException {
    InputStream in = V1__EngineSchema.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Engine script " + resource + " not found");
    }
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("#")) {
          continue;
        }
        if (trimmed.endsWith(";")) {
          current.append(trimmed, 0, trimmed.length() - 1);
          statements.add(current.toString());
          current.setLength(0);
        } else {
          current.append(trimmed).append(' ');
        }
      }
    }
    return statements;
  }
}
