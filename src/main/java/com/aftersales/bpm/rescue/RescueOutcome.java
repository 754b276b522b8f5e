package com.aftersales.bpm.rescue;

import java.util.List;

/**
 * How a rescue ended: the rescueOutcome table's output (variable outcome), the one home of these
 * codes for the report, the review candidates and the case history.
 */
public enum RescueOutcome {
  PROMOTER, RECOVERED, NOT_RECOVERED, CHURNED;

  /** The outcomes the report counts as a rescued customer. */
  public boolean success() {
    return this == PROMOTER || this == RECOVERED;
  }

  /** The codes as stored, in the report's order. */
  public static List<String> codes() {
    return java.util.Arrays.stream(values()).map(Enum::name).toList();
  }

  /** Whether a stored code is a success (unknown or no outcome: not one). */
  public static boolean isSuccess(String code) {
    return code != null && codes().contains(code) && valueOf(code).success();
  }
}
