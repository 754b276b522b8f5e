package com.aftersales.bpm.common;

import com.aftersales.bpm.common.ApiError.FieldProblem;
import java.util.List;

/** A request whose fields are wrong; answered with 400 naming each of them. */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidRequestException(List<FieldProblem> problems) {
    super("invalid request");
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
