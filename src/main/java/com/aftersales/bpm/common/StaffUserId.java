package com.aftersales.bpm.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A staff member's user id as the CRM names them (the customer's success manager): at most 64
 * letters, digits and {@code . _ -}, the same id they log in with here, so it can be a
 * notification's recipient (no comma, which separates recipients, and no {@code customer:} prefix).
 * Absent is allowed. Each broken rule is reported with its own message.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Size(max = 64)
@Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits and . _ -")
public @interface StaffUserId {

  String message() default "is not a user id";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
