package com.aftersales.bpm.rescue;

import com.aftersales.bpm.common.CentreTimeZone;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A customer answers about a car they already have: {@code vehicle.deliveredOn} not after the day
 * of {@code answeredAt} in the centre's time zone (the day the report counts from, ADR 0030; the
 * offset the survey system sent is not kept once read). A class-level rule reported on the field it
 * judges, so the 400 names {@code vehicle.deliveredOn} with every other bad field at once (ADR 0028).
 */
@Documented
@Constraint(validatedBy = DeliveredBeforeAnswer.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DeliveredBeforeAnswer {

  String message() default "must not be after the day of answeredAt";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A missing answer time is @NotNull's to report; no delivery date is allowed. */
  class Check implements ConstraintValidator<DeliveredBeforeAnswer, NpsResponse> {

    private final CentreTimeZone centre;

    /** Made by Spring's validator factory, which injects the centre's time zone. */
    public Check(CentreTimeZone centre) {
      this.centre = centre;
    }

    @Override
    public boolean isValid(NpsResponse survey, ConstraintValidatorContext context) {
      if (survey.answeredAt() == null || survey.deliveredOn() == null
          || !survey.deliveredOn().isAfter(LocalDate.ofInstant(survey.answeredAt().toInstant(), centre.zone()))) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("vehicle").addPropertyNode("deliveredOn").addConstraintViolation();
      return false;
    }
  }
}
