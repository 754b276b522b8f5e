package com.aftersales.bpm.redalert;

/** How badly the problem touches one car (seed 000: unaffected, minor and adjustable, major). */
public enum Severity { NONE, MINOR, MAJOR }
