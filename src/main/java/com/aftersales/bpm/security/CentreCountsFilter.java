package com.aftersales.bpm.security;

import com.aftersales.bpm.engine.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The centre's counts are Cockpit's (ADR 0043): how many cases of each process run, their incidents
 * and failed jobs (the engine's process-definition statistics, which count every case whatever the
 * caller may read), the engine's metrics, and Cockpit's own API. A caller who may not open Cockpit
 * (Tasklist staff) gets 403 there; they see their tasks, and managers the month's figures in the
 * report. Checked after authentication, on the decoded path, so no spelling of it slips past.
 */
public class CentreCountsFilter extends OncePerRequestFilter {

  static final String COCKPIT = "cockpit";
  private static final Pattern COUNTS = Pattern.compile("^(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
      + "/(process-definition/statistics|metrics(/.*)?)$|^/camunda/api/cockpit(/.*)?$");

  private final ProcessEngine engine;

  public CentreCountsFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Caller caller = COUNTS.matcher(normalised(RequestPaths.inApplication(request))).matches()
        ? EngineApiCallers.of(request, engine) : null;
    if (caller != null && !mayOpenCockpit(caller)) {
      ErrorResponse.write(response, HttpStatus.FORBIDDEN, "The centre's counts (process statistics, engine "
          + "metrics, Cockpit's API) are for who may open Cockpit");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean mayOpenCockpit(Caller caller) {
    return caller.isAdmin() || engine.getAuthorizationService().isUserAuthorized(caller.userId(), caller.groups(),
        Permissions.ACCESS, Resources.APPLICATION, COCKPIT);
  }

  /** The path as the REST API matches it: decoded, without path parameters, doubled or trailing slashes. */
  static String normalised(String path) {
    String decoded;
    try {
      decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      decoded = path; // the container refuses such a path before any servlet reads it
    }
    return decoded.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/").replaceAll("(.)/$", "$1");
  }
}
