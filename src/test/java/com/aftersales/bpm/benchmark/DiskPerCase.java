package com.aftersales.bpm.benchmark;

import com.aftersales.bpm.AftersalesApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bytes on disk per finished case, history level full. PostgreSQL: the growth of every table's
 * {@code pg_total_relation_size} (heap, indexes, TOAST) of the application's schema over N cases,
 * each measured after VACUUM FULL.
 * H2: the application as installed (its H2 file database in a data directory of its own) started,
 * N cases of one kind run, the application closed; the file's growth over an application that ran none.
 */
final class DiskPerCase {

  private DiskPerCase() {}

  static long postgresBytes(JdbcTemplate db) {
    // live data only: the dead rows of finished cases' runtime tables are space autovacuum reuses
    db.execute("VACUUM FULL");
    return db.queryForObject("SELECT COALESCE(SUM(pg_total_relation_size(format('%I.%I', schemaname, tablename))), 0) "
        + "FROM pg_tables WHERE schemaname = current_schema()", Long.class);
  }

  /** What one fresh application does on its own H2 file: {@code run} gets its lifecycles and the case number. */
  record H2Run(String name, int cases, BiConsumer<Lifecycles, Integer> run) {}

  /** @return the file's size in bytes after the application closed */
  static long h2FileBytes(Path root, H2Run what, VariableMap bareRescue, VariableMap bareParts, int threads)
      throws Exception {
    Path dir = root.resolve(what.name());
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(dir);
    ConfigurableApplicationContext app = new SpringApplicationBuilder(AftersalesApplication.class).run(
        "--server.port=0", "--aftersales.data-dir=" + dir.toAbsolutePath(),
        "--camunda.bpm.process-engine-name=disk-" + what.name(), "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.webapp.enabled=false", "--AFTERSALES_ADMIN_PASSWORD=demo");
    try {
      Lifecycles cases = Lifecycles.withBareTwins(app);
      cases.bareRescue = bareRescue;
      cases.bareParts = bareParts;
      Parallel.rate(threads, what.cases(), n -> what.run().accept(cases, n));
    } finally {
      app.close();
    }
    return Files.size(dir.resolve("aftersales.mv.db"));
  }
}
