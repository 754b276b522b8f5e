package com.aftersales.bpm;

import com.aftersales.bpm.common.CentreTimeZone;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling // the nightly reconciliation of the report table
public class AftersalesApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(AftersalesApplication.class);
    application.addListeners(centresTimeZone());
    application.run(args);
  }

  /**
   * Timer cycles such as "daily at 17:00" run in the JVM's zone: make it the service centre's, read
   * from the same setting as the displayed times ({@code aftersales.time-zone}: a property, a
   * profile's YAML or {@code AFTERSALES_TIME_ZONE}) before the engine starts (ADR 16). An unknown
   * zone stops the start instead of falling back to GMT.
   */
  static ApplicationListener<ApplicationEnvironmentPreparedEvent> centresTimeZone() {
    return event -> TimeZone.setDefault(TimeZone.getTimeZone(new CentreTimeZone(
        event.getEnvironment().getProperty(CentreTimeZone.SETTING, CentreTimeZone.DEFAULT)).zone()));
  }
}
