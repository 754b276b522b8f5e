package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.engine.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The integration systems are clients of our {@code /api}, not engine users: a member of group
 * {@link Groups#INTEGRATION} gets 403 on the engine REST API ({@code /engine-rest/*}, after the
 * engine's HTTP Basic filter has put the caller on the identity service) and on the webapps' engine
 * API ({@code /camunda/api/engine/*}, caller from the webapp session). Otherwise it could start
 * processes past our intake's checks, set variables, run timers or read every customer's data.
 * The metrics scraper ({@link Groups#MONITORING}) reads the actuator only, and is kept off the same way.
 */
public class IntegrationOffEngineFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;

  public IntegrationOffEngineFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    List<String> groups = callerGroups(request);
    if (groups.contains(Groups.INTEGRATION)) {
      ErrorResponse.write(response, HttpStatus.FORBIDDEN, "Integration systems use /api, not the engine API");
      return;
    }
    if (groups.contains(Groups.MONITORING)) {
      ErrorResponse.write(response, HttpStatus.FORBIDDEN, "The monitoring account reads /actuator, not the engine API");
      return;
    }
    chain.doFilter(request, response);
  }

  private List<String> callerGroups(HttpServletRequest request) {
    Caller caller = EngineApiCallers.of(request, engine);
    return caller == null ? List.of() : caller.groups();
  }
}
