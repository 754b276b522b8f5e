package com.aftersales.bpm.common;

import com.aftersales.bpm.common.ApiError.FieldProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns every failure of our REST API into an {@link ApiError} that names what was wrong. */
@RestControllerAdvice(basePackages = "com.aftersales.bpm")
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ApiError> invalidRequest(InvalidRequestException e) {
    return badRequest(e.problems());
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

  /** Field-level problems are found by {@link JsonRequestReader}; this is a body that is not JSON. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    String message = e.getCause() instanceof JsonProcessingException
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

  /**
   * Anything else: Spring's own request errors (wrong method, missing parameter …) keep their
   * status; a failure of ours is a 500 whose text, which may name internals, stays in the log.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
    if (e instanceof ErrorResponse known) {
      HttpStatus status = HttpStatus.resolve(known.getStatusCode().value());
      String reason = status == null ? "Error" : status.getReasonPhrase();
      return ResponseEntity.status(known.getStatusCode()).body(ApiError.of(known.getStatusCode().value(),
          reason, reason));
    }
    LOG.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of(500,
        "Internal Server Error", "The request could not be completed; it has been logged"));
  }

  private static ResponseEntity<ApiError> badRequest(List<FieldProblem> problems) {
    String summary = problems.stream().map(p -> p.field() + " " + p.message())
        .collect(Collectors.joining("; "));
    return ResponseEntity.badRequest().body(new ApiError(400, "Bad Request",
        "Invalid request: " + summary, problems));
  }
}
