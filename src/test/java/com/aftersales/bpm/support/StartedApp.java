package com.aftersales.bpm.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application started as an operator would ({@link AppStart}) with what a test of its outside
 * channels reaches for: its HTTP port as staff and integrations call it, and the engine services
 * that run its jobs and read its cases.
 */
public record StartedApp(ConfigurableApplicationContext context, Http http, RuntimeService runtime,
    ManagementService management) implements AutoCloseable {

  /** As {@link AppStart#start}. */
  public static StartedApp start(String profile, String database, String adminPassword, String... extra) {
    ConfigurableApplicationContext app = AppStart.start(profile, database, adminPassword, extra);
    return new StartedApp(app, new Http(((WebServerApplicationContext) app).getWebServer().getPort()),
        app.getBean(RuntimeService.class), app.getBean(ManagementService.class));
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
