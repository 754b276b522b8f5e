package com.aftersales.bpm.support;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;

/**
 * The process tests' engine (camunda.cfg.xml): what the coverage library's
 * {@code ProcessCoverageInMemProcessEngineConfiguration} does (record flow-node coverage; that class
 * is final), on the database {@link TestDatabase} selects for the configured in-memory H2 URL.
 */
public class ProcessTestEngineConfiguration extends StandaloneInMemProcessEngineConfiguration {

  @Override
  protected void init() {
    if (TestDatabase.postgres()) {
      TestDatabase.Jdbc database = TestDatabase.of(jdbcUrl);
      jdbcUrl = database.url();
      jdbcUsername = database.username();
      jdbcPassword = database.password();
      jdbcDriver = database.driver();
    }
    ProcessCoverageConfigurator.initializeProcessCoverageExtensions(this);
    super.init();
  }
}
