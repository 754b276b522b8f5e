package com.aftersales.bpm.redalert;

/** Who took the joint decision: the three parties, or the store and regional managers after the window. */
public enum DecidedBy { PARTIES, MANAGERS }
