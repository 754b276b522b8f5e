package com.aftersales.bpm.support;

import com.aftersales.bpm.AftersalesApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole application as an operator would, with command-line arguments, on a named
 * in-memory database that outlives the start (so a second start finds what the first left); with
 * -Daftersales.test.database=postgres on the PostgreSQL database of that name ({@link TestDatabase}).
 */
public final class AppStart {

  private AppStart() {}

  /** {@code profile} "default" or "prod"; {@code extra} are further {@code --key=value} arguments. */
  public static ConfigurableApplicationContext start(String profile, String database, String adminPassword,
      String... extra) {
    List<String> args = new ArrayList<>(List.of(
        "--spring.profiles.active=" + profile,
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
        "--camunda.bpm.process-engine-name=" + database,
        "--camunda.bpm.job-execution.enabled=false",
        // closing an application with the webapps clears their static state, which the shared test
        // application (started once for all API tests in this JVM) still needs
        "--camunda.bpm.webapp.enabled=false",
        // command-line arguments outrank the environment, so a set variable cannot leak in
        "--AFTERSALES_ADMIN_PASSWORD=" + adminPassword));
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(AftersalesApplication.class).run(args.toArray(String[]::new));
  }
}
