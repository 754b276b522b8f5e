package com.aftersales.bpm.redalert;

/** What a red alert is about (SPEC 2.7, 5): a quality problem on cars due for delivery, or a part out of stock. */
public enum AlertKind { DELIVERY_QUALITY, SUPPLY }
