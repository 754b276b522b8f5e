package com.aftersales.bpm.parts;

import java.time.Instant;

/** One order in the batch view of a part (SPEC 2.7). */
public record WaitingOrder(String repairOrderId, String processInstanceId, String customerName,
    String riskLevel, boolean vipHandling, Instant reportedAt, long daysWaiting, String promisedDate,
    boolean escalated) {}
