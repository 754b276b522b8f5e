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
 * A key an outside system gives a record (survey, repair order, alert, checklist, part number): at
 * most 64 letters, digits and {@code . _ : -}, so it is safe as a business key, in a URL and in a
 * log. Absent is allowed; add {@code @NotBlank} where it is required. Each broken rule is reported
 * with its own message.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Size(max = 64)
@Pattern(regexp = "[A-Za-z0-9._:-]+", message = "may contain only letters, digits and . _ : -")
public @interface RecordKey {

  String message() default "is not a valid key";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
