package com.aftersales.bpm.benchmark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application as the benchmarks measure it: a random port, an in-memory database of its
 * own (a PostgreSQL one with -Daftersales.test.database=postgres), timers only when a benchmark runs
 * their jobs, and the SQL statements counted ({@link StatementCounter}). Benchmarks run one at a
 * time, on demand; two in one JVM share this application and its database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "aftersales.admin.password=demo"})
@Import(StatementCounter.class)
@interface BenchmarkApplication {}
