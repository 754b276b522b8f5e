package com.aftersales.bpm.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an {@link ApplicationTest} reaches for: the engine's services, the application's JSON
 * mapper and database, and the HTTP client that logs in as a demo user. One list here instead of
 * the same {@code @Autowired} fields at the top of every test of the whole application.
 */
public abstract class ApplicationTestSupport {

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtime;
  @Autowired protected TaskService tasks;
  @Autowired protected HistoryService history;
  @Autowired protected RepositoryService repository;
  @Autowired protected ManagementService management;
  @Autowired protected IdentityService identity;
  @Autowired protected AuthorizationService authorizations;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected ObjectMapper json;
  @Autowired protected Http http;
  @Autowired protected RestTaskForms forms;
}
