package com.aftersales.bpm;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling // the nightly reconciliation of the report table
public class AftersalesApplication {

  public static void main(String[] args) {
    // timer cycles such as "daily at 17:00" run in the JVM's zone: make it the service centre's
    TimeZone.setDefault(TimeZone.getTimeZone(
        System.getenv().getOrDefault("AFTERSALES_TIME_ZONE", "Asia/Shanghai")));
    SpringApplication.run(AftersalesApplication.class, args);
  }
}
