package com.aftersales.bpm.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with its own in-memory database (its own PostgreSQL
 * database with -Daftersales.test.database=postgres, see {@link TestDatabase}); every test class with
 * this annotation shares one application context. Timers run only when a test executes their job.
 * Metrics go to the Prometheus registry as in production (Spring Boot's tests leave it out otherwise).
 * A test gets its HTTP client with {@code @Autowired Http http} ({@link HttpBeans}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:application-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "aftersales.admin.password=demo",
    // tests post records dated years back (a month of 2022's report): no nightly deletion of old records here
    "aftersales.records.cleanup-cron=-"})
@Import(HttpBeans.class)
public @interface ApplicationTest {}
