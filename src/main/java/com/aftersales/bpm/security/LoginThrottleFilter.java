package com.aftersales.bpm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before any credentials are checked: a client address that made too many failed logins gets
 * 429 with Retry-After, and its credentials are not even looked at. A failed login is a 401 to a
 * request that carried credentials (HTTP Basic, or the webapps' login form); a request without
 * credentials is neither counted nor held up, so a browser session on the same address keeps working.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  /** The Camunda webapps' login form posts here (engine name, then app name). */
  private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

  private final LoginThrottle throttle;

  public LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!carriesCredentials(request)) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitFor(address);
    if (!wait.isZero()) {
      tooManyFailures(response, wait);
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(address);
    }
  }

  private static boolean carriesCredentials(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return true;
    }
    String path = RequestPaths.inApplication(request);
    return "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches();
  }

  private static void tooManyFailures(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    ErrorResponse.write(response, HttpStatus.TOO_MANY_REQUESTS,
        "Too many failed logins from this address: try again in " + seconds + " s");
  }
}
