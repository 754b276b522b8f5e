package com.aftersales.bpm.common;

import org.springframework.http.HttpStatus;

/** A failure the API reports to its caller with a status and a message (no stack trace). */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String field;

  public ApiException(HttpStatus status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public static ApiException conflict(String field, String message) {
    return new ApiException(HttpStatus.CONFLICT, field, message);
  }

  public static ApiException notFound(String field, String message) {
    return new ApiException(HttpStatus.NOT_FOUND, field, message);
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }
}
