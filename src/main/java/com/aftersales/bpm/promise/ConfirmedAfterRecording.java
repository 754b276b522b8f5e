package com.aftersales.bpm.promise;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The customer confirms promises already recorded: {@code customerConfirmedAt} not before
 * {@code recordedAt}. A class-level rule (it reads two fields) reported on the field it judges, so
 * the 400 names {@code customerConfirmedAt} with every other bad field at once (ADR 0028).
 */
@Documented
@Constraint(validatedBy = ConfirmedAfterRecording.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConfirmedAfterRecording {

  String message() default "must not be before recordedAt";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A missing time is not this rule's: a checklist without one is a draft, confirmed later. */
  class Check implements ConstraintValidator<ConfirmedAfterRecording, CustomerPromiseChecklist> {

    @Override
    public boolean isValid(CustomerPromiseChecklist checklist, ConstraintValidatorContext context) {
      if (checklist.recordedAt() == null || checklist.customerConfirmedAt() == null
          || !checklist.customerConfirmedAt().isBefore(checklist.recordedAt())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("customerConfirmedAt").addConstraintViolation();
      return false;
    }
  }
}
