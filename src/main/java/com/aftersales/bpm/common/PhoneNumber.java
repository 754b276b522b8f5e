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
 * A customer's phone number as the intakes accept it: at most 32 characters, digits with an
 * optional leading + and spaces, brackets or dashes. Absent is allowed; add {@code @NotBlank} where
 * it is required. Each broken rule is reported with its own message.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Size(max = 32)
@Pattern(regexp = "\\+?[0-9 ()-]{5,32}", message = "must be a phone number")
public @interface PhoneNumber {

  String message() default "is not a phone number";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
