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

/**
 * Nothing is reachable without logging in: the engine REST API and our own API take HTTP Basic
 * (the webapps have their own login form and session).
 */
@Configuration
@EnableConfigurationProperties(LoginThrottleSettings.class)
public class WebSecurityConfig {

  /** Before the authentication filters, so a throttled client's credentials are never checked. */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottle(LoginThrottleSettings settings) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(new LoginThrottle(settings, Clock.systemUTC())));
    registration.setName("login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/reports/*", "/webjars/*",
        "/camunda/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    registration.setEnabled(settings.enabled());
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
    registration.setName("api-authentication");
    // the report page and the libraries it loads are behind the same login as the API
    registration.addUrlPatterns("/api/*", "/reports/*", "/webjars/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Runs after authentication, so an anonymous caller gets 401 and never has a body buffered. */
  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> apiRequestSizeLimit(
      @Value("${aftersales.api.max-body-bytes}") int maxBodyBytes) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBodyBytes));
    registration.setName("api-request-size-limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
