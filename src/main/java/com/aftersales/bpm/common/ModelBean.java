package com.aftersales.bpm.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * A Spring bean that process models may name in expressions ({@code ${sendNotification}},
 * {@code ${deadlines.after(…)}}). The engine resolves only these beans in expressions, and a
 * deployed model may call only their own public methods: every other bean stays out of reach of
 * whoever deploys a model.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface ModelBean {

  /** The name models use for the bean. */
  @AliasFor(annotation = Component.class)
  String value();
}
