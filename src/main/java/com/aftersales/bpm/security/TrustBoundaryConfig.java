package com.aftersales.bpm.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may do what once logged in ({@link WebSecurityConfig} does the logging in): security headers
 * and the cross-site check before authentication; after it the integration systems kept off the
 * engine API, the centre's counts kept for Cockpit's users and body limits on the engine API; and
 * the group check of every {@code /api} handler.
 */
@Configuration
public class TrustBoundaryConfig implements WebMvcConfigurer {

  /** Before the authentication filters (HIGHEST_PRECEDENCE + 10), so every answer has the headers. */
  private static final int BEFORE_AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 5;
  /** After the engine's HTTP Basic filter has put the caller on the identity service. */
  private static final int AFTER_AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 15;

  private final ProcessEngine engine;

  public TrustBoundaryConfig(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new AllowedGroupsInterceptor(engine.getIdentityService())).addPathPatterns("/api/**");
  }

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
    return FilterRegistrations.of("security-headers", new SecurityHeadersFilter(), BEFORE_AUTHENTICATION,
        "/api/*", "/reports/*", "/webjars/*", "/words/*", WebSecurityConfig.ACTUATOR);
  }

  /** Requests only (the registration's default dispatcher type): the error dispatches pass. */
  @Bean
  FilterRegistrationBean<ErrorPageFilter> errorPageAskedForDirectly() {
    return FilterRegistrations.of("error-page", new ErrorPageFilter(), BEFORE_AUTHENTICATION, ErrorPageFilter.PATH);
  }

  @Bean
  FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequests() {
    return FilterRegistrations.of("cross-site-requests", new CrossSiteRequestFilter(), BEFORE_AUTHENTICATION,
        "/api/*", "/engine-rest/*");
  }

  @Bean
  FilterRegistrationBean<IntegrationOffEngineFilter> integrationOffEngine() {
    return FilterRegistrations.of("integration-off-engine", new IntegrationOffEngineFilter(engine),
        AFTER_AUTHENTICATION, "/engine-rest/*", "/camunda/api/engine/*");
  }

  @Bean
  FilterRegistrationBean<CentreCountsFilter> centreCounts() {
    return FilterRegistrations.of("centre-counts", new CentreCountsFilter(engine), AFTER_AUTHENTICATION,
        "/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*");
  }

  /** Deployments of all our models are ~200 KB; variables of megabytes have no business here. */
  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> engineRequestSizeLimit(
      @Value("${aftersales.engine-rest.max-body-bytes}") int maxBodyBytes) {
    return FilterRegistrations.of("engine-request-size-limit", new RequestSizeLimitFilter(maxBodyBytes),
        AFTER_AUTHENTICATION + 5, "/engine-rest/*", "/camunda/api/*");
  }
}
