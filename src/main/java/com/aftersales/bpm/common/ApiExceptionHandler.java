package com.aftersales.bpm.common;

import com.aftersales.bpm.common.ApiError.FieldProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns every failure of our REST API into an {@link ApiError} that names what was wrong. */
@RestControllerAdvice(basePackages = "com.aftersales.bpm")
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
    List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
    return badRequest(problems);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ApiError> invalidParameter(HandlerMethodValidationException e) {
    List<FieldProblem> problems = e.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldProblem(
            r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
        .toList();
    return badRequest(problems);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(List.of(new FieldProblem(e.getName(), "has an invalid value")));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return badRequest(List.of(new FieldProblem(path(unknown), "is not a known field")));
    }
    if (cause instanceof InvalidFormatException format) {
      return badRequest(List.of(new FieldProblem(path(format),
          "must be a valid " + describe(format.getTargetType()))));
    }
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return badRequest(List.of(new FieldProblem(path(mismatch),
          "must be a valid " + describe(mismatch.getTargetType()))));
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return badRequest(List.of(new FieldProblem(path(mapping), "has an invalid value")));
    }
    String message = cause instanceof JsonProcessingException
        ? "The request body is not well-formed JSON" : "The request body is missing or unreadable";
    return ResponseEntity.badRequest().body(ApiError.of(400, "Bad Request", message));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of(415,
        "Unsupported Media Type", "Send the body as application/json"));
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiError> api(ApiException e) {
    List<FieldProblem> fields = e.field() == null ? List.of() : List.of(new FieldProblem(e.field(), e.getMessage()));
    return ResponseEntity.status(e.status()).body(
        new ApiError(e.status().value(), e.status().getReasonPhrase(), e.getMessage(), fields));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> forbidden(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(403, "Forbidden",
        "User '" + e.getUserId() + "' is not allowed to do this"));
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<ApiError> duplicate(DuplicateKeyException e) {
    LOG.info("concurrent duplicate rejected: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, "Conflict",
        "The same record is being received concurrently; retry to get its result"));
  }

  private static ResponseEntity<ApiError> badRequest(List<FieldProblem> problems) {
    String summary = problems.stream().map(p -> p.field() + " " + p.message())
        .collect(Collectors.joining("; "));
    return ResponseEntity.badRequest().body(new ApiError(400, "Bad Request",
        "Invalid request: " + summary, problems));
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean (true or false)";
    }
    if (type.getName().startsWith("java.time")) {
      return "ISO-8601 date-time with offset, e.g. 2026-11-23T15:00:00+08:00";
    }
    if (type == String.class) {
      return "string";
    }
    return "object";
  }
}
