package com.aftersales.bpm.security;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request goes, as our filters match it against the paths they guard. */
final class RequestPaths {

  private RequestPaths() {}

  /**
   * The path below the application's context path as the client sent it: not decoded, path
   * parameters kept, so each filter decides on the same text whatever the container makes of it.
   */
  static String inApplication(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
