package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.engine.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
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

  /** How the engine REST API names an engine other than the default (as its authentication filter reads it). */
  private static final Pattern ENGINE_PATH = Pattern.compile("^/engine-rest/engine/([^/]+)(/.*)?$");

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

  /**
   * The engine the engine REST API serves this request from, on whose identity service its HTTP
   * Basic filter put the caller: the default engine, or the one named in the path.
   */
  private static ProcessEngine addressedEngine(HttpServletRequest request) {
    String path = RequestPaths.inApplication(request);
    if (!path.startsWith("/engine-rest/")) {
      return null;
    }
    Matcher named = ENGINE_PATH.matcher(path);
    try {
      return EngineUtil.lookupProcessEngine(named.matches() ? named.group(1) : null);
    } catch (RuntimeException noSuchEngine) {
      return null;
    }
  }

  private List<String> callerGroups(HttpServletRequest request) {
    for (ProcessEngine addressed : new ProcessEngine[] {addressedEngine(request), engine}) {
      Caller basic = addressed == null ? null : Caller.of(addressed.getIdentityService());
      if (basic != null && basic.groupIds() != null) {
        return basic.groupIds();
      }
    }
    HttpSession session = request.getSession(false);
    Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (logins == null) {
      return List.of();
    }
    return logins.getAuthentications().stream()
        .filter(UserAuthentication.class::isInstance).map(UserAuthentication.class::cast)
        .flatMap(login -> login.getGroupIds() == null ? java.util.stream.Stream.<String>empty()
            : login.getGroupIds().stream())
        .toList();
  }
}
