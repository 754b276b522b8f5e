package com.aftersales.bpm.redalert;

/** An order's place in the tiered plan: delivered as planned, the customer chooses, or delayed with a loaner. */
public enum DeliveryTier { DELIVER, CHOICE, DELAY }
