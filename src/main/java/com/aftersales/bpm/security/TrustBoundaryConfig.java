package com.aftersales.bpm.security;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * and the cross-site check before authentication, the integration systems kept off the engine API
 * and body limits on the engine API after it, and the group check of every {@code /api} handler.
 */
@Configuration
public class TrustBoundaryConfig implements WebMvcConfigurer {

  /** Before the authentication filters (HIGHEST_PRECEDENCE + 10), so every answer has the headers. */
  private static final int BEFORE_AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 5;
  /** After the engine's HTTP Basic filter has put the caller on the identity service. */
  private static final int AFTER_AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 15;

  private final ProcessEngine engine;
  private final ObjectMapper json;

  public TrustBoundaryConfig(ProcessEngine engine, ObjectMapper json) {
    this.engine = engine;
    this.json = json;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new AllowedGroupsInterceptor(engine.getIdentityService(), json))
        .addPathPatterns("/api/**");
  }

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
    FilterRegistrationBean<SecurityHeadersFilter> registration =
        new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("security-headers");
    registration.addUrlPatterns("/api/*", "/reports/*", "/webjars/*", "/words/*", WebSecurityConfig.ACTUATOR);
    registration.setOrder(BEFORE_AUTHENTICATION);
    return registration;
  }

  @Bean
  FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequests() {
    FilterRegistrationBean<CrossSiteRequestFilter> registration =
        new FilterRegistrationBean<>(new CrossSiteRequestFilter());
    registration.setName("cross-site-requests");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(BEFORE_AUTHENTICATION);
    return registration;
  }

  @Bean
  FilterRegistrationBean<IntegrationOffEngineFilter> integrationOffEngine() {
    FilterRegistrationBean<IntegrationOffEngineFilter> registration =
        new FilterRegistrationBean<>(new IntegrationOffEngineFilter(engine));
    registration.setName("integration-off-engine");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(AFTER_AUTHENTICATION);
    return registration;
  }

  /** Deployments of all our models are ~200 KB; variables of megabytes have no business here. */
  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> engineRequestSizeLimit(
      @Value("${aftersales.engine-rest.max-body-bytes}") int maxBodyBytes) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBodyBytes));
    registration.setName("engine-request-size-limit");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(AFTER_AUTHENTICATION + 5);
    return registration;
  }
}
