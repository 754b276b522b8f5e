package com.aftersales.bpm.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, shared by the security tests, with an engine of its own
 * name: the engine REST API's default engine may belong to another test application in this JVM, so
 * tests here address theirs as {@code /engine-rest/engine/} {@value #ENGINE} {@code /…}. Login
 * waits are short, so a test can send many wrong passwords within seconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:security-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=" + SecurityTestApplication.ENGINE,
    "camunda.bpm.job-execution.enabled=false",
    "aftersales.admin.password=demo",
    "aftersales.login-throttle.free-failures=5",
    "aftersales.login-throttle.window=60s",
    "aftersales.login-throttle.first-delay=100ms",
    "aftersales.login-throttle.max-delay=500ms"})
@interface SecurityTestApplication {

  String ENGINE = "securityTests";
}
