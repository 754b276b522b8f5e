package com.aftersales.bpm.security;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/** How our configurations put a servlet filter in the chain: its name, its place, the paths it guards. */
final class FilterRegistrations {

  private FilterRegistrations() {}

  static <F extends Filter> FilterRegistrationBean<F> of(String name, F filter, int order, String... urlPatterns) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(order);
    return registration;
  }
}
