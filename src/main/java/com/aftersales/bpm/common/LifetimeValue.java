package com.aftersales.bpm.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A customer's lifetime value as the CRM computes it (CNY): 0 to 1,000,000,000 (a fleet customer's
 * stays far below; a bigger number is a unit error, fen for yuan), at most two decimals. A string
 * is refused by the reader ("must be a number"). Absent is allowed: not every CRM record has one.
 * Each broken rule is reported with its own message.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@DecimalMin(value = "0", message = "must not be negative")
@DecimalMax(value = "1000000000", message = "must be at most 1,000,000,000 (CNY)")
@Digits(integer = 10, fraction = 2, message = "must have at most two decimals")
public @interface LifetimeValue {

  String message() default "is not a lifetime value";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
