package com.aftersales.bpm.support;

import com.aftersales.bpm.audit.SlaPlugin;
import com.aftersales.bpm.database.V1__EngineSchema;
import com.aftersales.bpm.engine.EngineHooksPlugin;
import com.aftersales.bpm.operations.OperationsPlugin;
import com.aftersales.bpm.report.CaseTablesPlugin;
import com.aftersales.bpm.report.PartsOrderTable;
import com.aftersales.bpm.report.RedAlertTable;
import com.aftersales.bpm.report.RescueCaseTable;
import com.aftersales.bpm.security.StaffAccounts;
import com.aftersales.bpm.tasklist.TaskRowPlugin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The process tests' engine (camunda.cfg.xml), built like the application's without Spring Boot:
 * the same Flyway migrations create the engine's tables and ours (the engine only checks them),
 * the engine and our tables share one transaction (Spring's, as in the application), and it has
 * the application's plugins: Spin, the SLA parse listener, the Tasklist row listener, the report's
 * case tables fed from history events ({@link CaseTablesPlugin}), the operations metrics and what
 * ends when staff leave a group ({@link StaffAccounts}). It also records flow-node coverage, as the
 * coverage library's final {@code ProcessCoverageInMemProcessEngineConfiguration} does, on the
 * database {@link TestDatabase} selects.
 *
 * <p>What differs, and why: no job executor (a test fires each timer by executing its job); model
 * expressions resolve to {@link ProcessTestBeans} mocks instead of Spring beans, so the
 * {@code ModelGuardPlugin} (its expression check, deployment guard and form-submission check need
 * the Spring bean factory) is left out, and so are authorizations: those are the application
 * tests' (security/). Metrics go to an in-memory registry, nothing scrapes them.
 */
public class ProcessTestEngineConfiguration extends SpringProcessEngineConfiguration {

  @Override
  protected void init() {
    if (TestDatabase.postgres()) {
      TestDatabase.Jdbc database = TestDatabase.of(jdbcUrl);
      jdbcUrl = database.url();
      jdbcUsername = database.username();
      jdbcPassword = database.password();
      jdbcDriver = database.driver();
    }
    DataSource pool = new PooledDataSource(jdbcDriver, jdbcUrl, jdbcUsername, jdbcPassword);
    // as the application: baseline 0, V1 (the engine's tables) a Java migration
    Flyway.configure().dataSource(pool).locations("classpath:db/migration").javaMigrations(new V1__EngineSchema())
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    setDataSource(pool);
    setTransactionManager(new DataSourceTransactionManager(pool));
    setDatabaseSchemaUpdate(DB_SCHEMA_UPDATE_FALSE);
    JdbcTemplate jdbc = new JdbcTemplate(pool);
    getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    // the application's extensions, installed by the engine adapter's one plugin as in the application
    getProcessEnginePlugins().add(new EngineHooksPlugin(List.of(new SlaPlugin(), new TaskRowPlugin(),
        new CaseTablesPlugin(new RescueCaseTable(jdbc), new PartsOrderTable(jdbc), new RedAlertTable(jdbc)),
        new OperationsPlugin(new SimpleMeterRegistry()), new StaffAccounts())));
    ProcessCoverageConfigurator.initializeProcessCoverageExtensions(this);
    super.init();
  }
}
