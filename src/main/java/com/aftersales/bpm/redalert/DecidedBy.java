package com.aftersales.bpm.redalert;

/**
 * Who took the joint decision: the parties (marketing with them when media are involved), or the
 * store and regional managers after the window.
 */
public enum DecidedBy { PARTIES, MANAGERS }
