package com.aftersales.bpm.security;

import com.aftersales.bpm.engine.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who calls one of the engine's APIs, for the filters after authentication: on the engine REST API
 * the caller its HTTP Basic filter put on the addressed engine's identity service, on the webapps'
 * APIs the user logged into this browser session.
 */
final class EngineApiCallers {

  /** How the engine REST API names an engine other than the default (as its authentication filter reads it). */
  private static final Pattern ENGINE_PATH = Pattern.compile("^/engine-rest/engine/([^/]+)(/.*)?$");

  private EngineApiCallers() {}

  /** The caller, or null when nobody is logged in. */
  static Caller of(HttpServletRequest request, ProcessEngine engine) {
    for (ProcessEngine addressed : new ProcessEngine[] {addressedEngine(request), engine}) {
      Caller basic = addressed == null ? null : Caller.of(addressed.getIdentityService());
      if (basic != null && basic.groupIds() != null) {
        return basic;
      }
    }
    HttpSession session = request.getSession(false);
    Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    List<UserAuthentication> users = logins == null ? List.of() : logins.getAuthentications().stream()
        .filter(UserAuthentication.class::isInstance).map(UserAuthentication.class::cast).toList();
    if (users.isEmpty()) {
      return null;
    }
    List<String> groups = users.stream().flatMap(login -> login.getGroupIds() == null
        ? java.util.stream.Stream.<String>empty() : login.getGroupIds().stream()).toList();
    return new Caller(users.get(0).getIdentityId(), groups, null);
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
}
