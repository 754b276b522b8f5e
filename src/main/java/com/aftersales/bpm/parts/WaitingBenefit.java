package com.aftersales.bpm.parts;

/** What the customer gets while waiting (SPEC 2.2), within the order's loaner entitlement. */
public enum WaitingBenefit { SAME_CLASS_LOANER, LOANER, VOUCHER_500, NONE }
