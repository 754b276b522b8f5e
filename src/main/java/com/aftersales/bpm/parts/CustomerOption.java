package com.aftersales.bpm.parts;

/** The customer's choice while the part is missing (SPEC 2.2); B only for a car that can drive. */
public enum CustomerOption { A_LEAVE_CAR, B_DRIVE_HOME }
