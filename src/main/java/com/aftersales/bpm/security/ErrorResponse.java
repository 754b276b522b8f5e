package com.aftersales.bpm.security;

import com.aftersales.bpm.common.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The JSON error our servlet filters answer with: the same {@link ApiError} body as the API's. */
final class ErrorResponse {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorResponse() {}

  static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getWriter(), ApiError.of(status.value(), status.getReasonPhrase(), message));
  }
}
