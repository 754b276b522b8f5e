package com.aftersales.bpm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring's error page ({@code /error}) renders the errors of other requests, which reach it as an
 * error dispatch; asked for directly it answered 500 ("status 999") to anyone. Registered for
 * requests only, so a direct request is a page that does not exist and the error dispatches go on.
 */
public class ErrorPageFilter extends OncePerRequestFilter {

  static final String PATH = "/error";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException {
    ErrorResponse.write(response, HttpStatus.NOT_FOUND, "No such page");
  }
}
