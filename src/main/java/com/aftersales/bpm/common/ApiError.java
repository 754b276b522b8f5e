package com.aftersales.bpm.common;

import java.util.List;

/** The body of every 4xx/5xx our API returns: a summary and, where it applies, each bad field. */
public record ApiError(int status, String error, String message, List<FieldProblem> fieldErrors) {

  public record FieldProblem(String field, String message) {}

  public static ApiError of(int status, String error, String message) {
    return new ApiError(status, error, message, List.of());
  }
}
