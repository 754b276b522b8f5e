package com.aftersales.bpm.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The groups whose members may call an {@code /api} handler ({@link Groups#ADMIN} always may).
 * Every handler under {@code /api} must carry it: {@link com.aftersales.bpm.common.AllowedGroupsInterceptor} refuses a
 * handler without it, so a new endpoint is closed until someone decides who may use it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedGroups {

  /** Group ids from {@link Groups}. */
  String[] value();
}
