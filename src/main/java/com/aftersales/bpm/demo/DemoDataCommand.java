package com.aftersales.bpm.demo;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code mvn spring-boot:run -Dspring-boot.run.profiles=demo-data}: fills the database in
 * {@code ./data} with demo cases, then stops; start the application as usual afterwards.
 */
@Component
@Profile("demo-data")
public class DemoDataCommand implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataCommand.class);

  private final DemoData demoData;
  private final ConfigurableApplicationContext context;
  private final boolean exitWhenDone;

  public DemoDataCommand(DemoData demoData, ConfigurableApplicationContext context,
      @Value("${aftersales.demo-data.exit-when-done:true}") boolean exitWhenDone) {
    this.demoData = demoData;
    this.context = context;
    this.exitWhenDone = exitWhenDone;
  }

  @Override
  public void run(ApplicationArguments args) {
    int made = demoData.fill(Instant.now());
    LOG.info("Demo data: {} rescues created through the rescue process", made);
    if (exitWhenDone) {
      System.exit(SpringApplication.exit(context, () -> 0));
    }
  }
}
