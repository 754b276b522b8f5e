package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator: its health endpoint (and the liveness and readiness groups under it) for anyone,
 * as load balancers and Kubernetes probe without credentials; it answers with the status only
 * (ADR 9). Everything else under the actuator (the Prometheus scrape, and any endpoint someone
 * exposes later) takes HTTP Basic from members of {@link Groups#MONITORING} or {@link Groups#ADMIN}.
 * The caller is not put on the engine's identity service, so the scrape's engine queries count all
 * jobs, not just what the caller may read.
 */
public class ActuatorAuthenticationFilter extends OncePerRequestFilter {

  private static final List<String> ALLOWED = List.of(Groups.MONITORING, Groups.ADMIN);
  /** Sent by browsers on every request; a browser gets no Basic pop-up (see ApiAuthenticationFilter). */
  private static final String BROWSER_FETCH_HEADER = "Sec-Fetch-Mode";

  private final ProcessEngine engine;
  private final String healthPath;
  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  /** @param basePath the actuator's base path, e.g. {@code /actuator} */
  public ActuatorAuthenticationFilter(ProcessEngine engine, String basePath) {
    this.engine = engine;
    this.healthPath = basePath + "/health";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (isHealth(request)) {
      chain.doFilter(request, response);
      return;
    }
    AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
    if (!result.isAuthenticated()) {
      if (request.getHeader(BROWSER_FETCH_HEADER) == null) {
        basic.augmentResponseByAuthenticationChallenge(response, engine);
      }
      ErrorResponse.write(response, HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic (the monitoring account)");
      return;
    }
    List<String> groups = engine.getIdentityService().createGroupQuery()
        .groupMember(result.getAuthenticatedUser()).list().stream().map(Group::getId).toList();
    if (groups.stream().noneMatch(ALLOWED::contains)) {
      ErrorResponse.write(response, HttpStatus.FORBIDDEN,
          "Only these groups may read this: " + String.join(", ", ALLOWED));
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * The path as the container resolved it (decoded, normalised, without path parameters), which is
   * what the actuator is dispatched on: {@code /actuator/health;x/../prometheus} is not health.
   */
  private boolean isHealth(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.equals(healthPath) || path.startsWith(healthPath + "/");
  }
}
