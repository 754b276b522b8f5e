package com.aftersales.bpm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic against the engine's identity service for our own {@code /api/*} and pages: the caller
 * becomes the engine's authenticated user (with their groups) for the request; {@link
 * AllowedGroupsInterceptor} checks the groups, and reads keep the engine's per-user filtering.
 * Without a login, pages redirect to the webapps' login (and back after it) and only non-browser
 * clients are challenged for HTTP Basic.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");
  private static final String API_PATH = "/api/";
  /** Tasklist's start page, which shows the login form of all webapps. */
  static final String WEBAPP_LOGIN = "/camunda/app/tasklist/default/";
  /** Tasklist reads this query parameter to come back to the page after the login (return-after-login.js). */
  static final String RETURN_PARAMETER = "returnTo";
  /** Sent by browsers on every request (fetch, navigation) to HTTPS and localhost; curl and other clients do not. */
  private static final String BROWSER_FETCH_HEADER = "Sec-Fetch-Mode";
  /** Sent by our pages' scripts with every read of the API. */
  private static final String REQUESTED_WITH = "X-Requested-With";

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
      refuse(request, response);
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
   * A page (the report, its libraries, a CSV link opened in the browser) sends the browser to the
   * webapps' login form, which sends it back here afterwards. Only a client that is not a browser
   * gets the HTTP Basic challenge: a browser would show its own login pop-up and then attach those
   * credentials to every request here, also to forms other sites post.
   */
  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = RequestPaths.inApplication(request);
    boolean wrongCredentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    // wrong credentials are a 401 everywhere, which the login throttle counts: a redirect would let
    // a client try passwords on a page without ever being slowed down
    if (!wrongCredentials && (!path.startsWith(API_PATH) || opensInBrowser(request))) {
      response.sendRedirect(loginAndBack(request));
      return;
    }
    if (!fromBrowser(request)) {
      basic.augmentResponseByAuthenticationChallenge(response, engine);
    }
    ErrorResponse.write(response, HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic (user and password of the process engine)");
  }

  /** The login page, with the page to return to once logged in (a GET only: nothing is sent twice). */
  static String loginAndBack(HttpServletRequest request) {
    String login = request.getContextPath() + WEBAPP_LOGIN;
    if (!SAFE_METHODS.contains(request.getMethod())) {
      return login;
    }
    String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return login + "?" + RETURN_PARAMETER + "=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }

  /** A link opened in the browser (a page, not a script's fetch): it should show the login form. */
  private static boolean opensInBrowser(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return SAFE_METHODS.contains(request.getMethod())
        && ("navigate".equals(request.getHeader(BROWSER_FETCH_HEADER)) || (accept != null && accept.contains("text/html")));
  }

  /**
   * Whether a browser sent it. Browsers send {@code Sec-Fetch-Mode} only to HTTPS and localhost, so
   * a server reached over plain HTTP by name or address also counts the marks that only browsers
   * leave: cookies (the webapps set them), the page's own {@code X-Requested-With}, an HTML Accept.
   */
  private static boolean fromBrowser(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return request.getHeader(BROWSER_FETCH_HEADER) != null || request.getHeader(REQUESTED_WITH) != null
        || request.getHeader(HttpHeaders.COOKIE) != null || (accept != null && accept.contains("text/html"));
  }

  /**
   * The user logged into a webapp in this browser session. A read (the report page) needs nothing
   * more. A write needs the webapp's own CSRF token in {@code X-XSRF-TOKEN}, as the webapps' own
   * writes do (Admin's page "Mobile numbers"): another site can make a logged-in browser send a
   * request, but cannot read the token to add it. Without it a write is refused as before.
   */
  private String webappSessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(SAFE_METHODS.contains(request.getMethod()) || carriesSessionToken(request, session))) {
      return null;
    }
    Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
    Authentication login = logins == null ? null : logins.getAuthenticationForProcessEngine(engine.getName());
    return login == null || login == Authentication.ANONYMOUS ? null : login.getIdentityId();
  }

  private static boolean carriesSessionToken(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
