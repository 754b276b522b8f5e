package com.aftersales.bpm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) that another site's page made the
 * browser send: an {@code Origin} header that is not this server's own, or
 * {@code Sec-Fetch-Site: cross-site}. A browser remembers HTTP Basic credentials and would
 * otherwise attach them to a form that another site posts here (cross-site request forgery).
 * Clients that are not browsers send neither header and are not affected.
 */
public class CrossSiteRequestFilter extends OncePerRequestFilter {

  private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (CHANGING.contains(request.getMethod()) && isCrossSite(request)) {
      ErrorResponse.write(response, HttpStatus.FORBIDDEN, "Requests from other sites may not change anything here");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isCrossSite(HttpServletRequest request) {
    if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
      return true;
    }
    String origin = request.getHeader("Origin");
    return origin != null && !isOwnOrigin(origin, request);
  }

  /** Scheme, host and port equal to this request's (what the client addressed), e.g. "null" is not. */
  static boolean isOwnOrigin(String origin, HttpServletRequest request) {
    try {
      URI uri = new URI(origin.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return false;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
          && uri.getHost().equalsIgnoreCase(request.getServerName())
          && port(scheme, uri.getPort()) == port(scheme, request.getServerPort());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static int port(String scheme, int port) {
    if (port > 0) {
      return port;
    }
    return "https".equals(scheme) ? 443 : 80;
  }
}
