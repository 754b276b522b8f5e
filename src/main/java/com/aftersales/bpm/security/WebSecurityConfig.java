package com.aftersales.bpm.security;

import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Nothing is reachable without logging in: the engine REST API and our own API take HTTP Basic
 * (the webapps have their own login form and session).
 */
@Configuration
@EnableConfigurationProperties(LoginThrottleSettings.class)
public class WebSecurityConfig {

  /** Where Spring Boot serves the actuator (the default {@code management.endpoints.web.base-path}). */
  static final String ACTUATOR_BASE_PATH = "/actuator";
  static final String ACTUATOR = ACTUATOR_BASE_PATH + "/*";
  /** Where the three logins (engine REST, our API, the actuator) run: after the throttle, before the checks. */
  private static final int AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 10;

  /** Before the authentication filters, so a throttled client's credentials are never checked. */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottle(LoginThrottleSettings settings) {
    FilterRegistrationBean<LoginThrottleFilter> registration = FilterRegistrations.of("login-throttle",
        new LoginThrottleFilter(new LoginThrottle(settings, Clock.systemUTC())), Ordered.HIGHEST_PRECEDENCE + 5,
        "/engine-rest/*", "/api/*", "/reports/*", "/webjars/*", "/camunda/api/admin/auth/user/*", ACTUATOR);
    registration.setEnabled(settings.enabled());
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = FilterRegistrations.of(
        "engine-rest-authentication", new ProcessEngineAuthenticationFilter(), AUTHENTICATION, "/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine) {
    // the report page and the libraries it loads are behind the same login as the API
    return FilterRegistrations.of("api-authentication", new ApiAuthenticationFilter(engine), AUTHENTICATION,
        "/api/*", "/reports/*", "/webjars/*");
  }

  /** Health for anyone (status only), the Prometheus scrape for the monitoring account and admins. */
  @Bean
  FilterRegistrationBean<ActuatorAuthenticationFilter> actuatorAuthentication(ProcessEngine engine, Environment env) {
    requireActuatorWhereTheFiltersAre(env);
    return FilterRegistrations.of("actuator-authentication",
        new ActuatorAuthenticationFilter(engine, ACTUATOR_BASE_PATH), AUTHENTICATION, ACTUATOR);
  }

  /**
   * The filters guard the actuator at {@value #ACTUATOR_BASE_PATH} on the application's port; moved
   * elsewhere (another base path, a management port of its own) the scrape would be open to anyone.
   */
  private static void requireActuatorWhereTheFiltersAre(Environment env) {
    String basePath = env.getProperty("management.endpoints.web.base-path", ACTUATOR_BASE_PATH);
    String port = env.getProperty("management.server.port", "");
    boolean ownPort = !port.isBlank() && !port.equals("-1") && !port.equals(env.getProperty("server.port"));
    if (!ACTUATOR_BASE_PATH.equals(basePath) || ownPort) {
      throw new IllegalStateException("The actuator must stay at " + ACTUATOR_BASE_PATH
          + " on the application's port (management.endpoints.web.base-path, management.server.port):"
          + " its login is checked there only");
    }
  }

  /** Runs after authentication, so an anonymous caller gets 401 and never has a body buffered. */
  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> apiRequestSizeLimit(
      @Value("${aftersales.api.max-body-bytes}") int maxBodyBytes) {
    return FilterRegistrations.of("api-request-size-limit", new RequestSizeLimitFilter(maxBodyBytes),
        Ordered.HIGHEST_PRECEDENCE + 20, "/api/*");
  }
}
