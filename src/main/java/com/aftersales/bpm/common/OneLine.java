package com.aftersales.bpm.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name as the intakes accept it: one line, without control characters or line separators. A
 * customer's name stands in mail and chat lines, form option labels and Tasklist rows, where a line
 * break in it could forge a line of its own ("Case: …") or hide the rest (ADR 0052). Absent is
 * allowed; add {@code @NotBlank} where it is required.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Pattern(regexp = "[^\\p{Cntrl}\\u2028\\u2029]*", message = "must be one line, without control characters")
public @interface OneLine {

  String message() default "must be one line, without control characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
