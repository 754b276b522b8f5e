package com.aftersales.bpm.rescue;

/**
 * The root-cause categories of a low score (variable rootCauseCategory, chosen in the investigation's
 * form): the one home of these codes for Java, which the monthly reports count by.
 */
public enum RootCause {
  WAIT_TIME, REPEAT_REPAIR, ATTITUDE, COST_DISPUTE, COMMUNICATION, VEHICLE_DAMAGE, SALES_PROMISE, OTHER;

  /** Whether a stored code is this category (no code: not one). */
  public boolean is(String code) {
    return name().equals(code);
  }
}
