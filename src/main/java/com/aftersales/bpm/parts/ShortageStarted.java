package com.aftersales.bpm.parts;

/** The answer to a shortage report; the same again for a repeated identical report. */
public record ShortageStarted(String repairOrderId, String processInstanceId, String riskLevel,
    boolean vipHandling, String managerDeadline, String updateCadence, String loanerEntitlement) {}
