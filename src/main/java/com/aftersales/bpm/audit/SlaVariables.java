package com.aftersales.bpm.audit;

import com.aftersales.bpm.common.ProcessVariable;

/** What every process with SLA deadlines records about them, for the history search and reports. */
public final class SlaVariables {

  /** False from the start; true once any SLA timer of the case fired. */
  public static final ProcessVariable<Boolean> SLA_BREACHED = ProcessVariable.of("slaBreached", Boolean.class);
  /** How many SLA timers of the case fired. */
  public static final ProcessVariable<Integer> SLA_BREACHES = ProcessVariable.of("slaBreaches", Integer.class);

  private SlaVariables() {}
}
