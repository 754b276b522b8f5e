package com.aftersales.bpm.redalert;

/** What the customer chose: the car now with a package, wait for the replacement, or cancel with a full refund. */
public enum CustomerChoice { ACCEPT, WAIT, CANCEL }
