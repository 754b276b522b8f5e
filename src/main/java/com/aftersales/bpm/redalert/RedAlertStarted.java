package com.aftersales.bpm.redalert;

import java.time.Instant;

/** The answer to a red alert; the same again for a repeated identical alert. */
public record RedAlertStarted(String alertId, String processInstanceId, AlertKind kind, int orders,
    Instant decisionDue) {}
