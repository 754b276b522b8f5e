package com.aftersales.bpm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic against the engine's identity service for our own {@code /api/*}: the caller becomes
 * the engine's authenticated user for the request, so engine authorizations apply to what the API
 * does on their behalf.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

  private final ProcessEngine engine;
  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  public ApiAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
    String userId = result.isAuthenticated() ? result.getAuthenticatedUser() : webappSessionUser(request);
    if (userId == null) {
      basic.augmentResponseByAuthenticationChallenge(response, engine);
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\","
          + "\"message\":\"Log in with HTTP Basic (user and password of the process engine)\"}");
      return;
    }
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(userId)
        .list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * The user logged into Tasklist or Cockpit in this browser session, for reading only: the report
   * page reads the API with that login. Writes need HTTP Basic, so another site cannot make a
   * logged-in browser change anything (no CSRF token is involved here).
   */
  private String webappSessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !SAFE_METHODS.contains(request.getMethod())) {
      return null;
    }
    Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
    Authentication login = logins == null ? null : logins.getAuthenticationForProcessEngine(engine.getName());
    return login == null || login == Authentication.ANONYMOUS ? null : login.getIdentityId();
  }
}
