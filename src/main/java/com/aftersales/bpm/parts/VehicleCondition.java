package com.aftersales.bpm.parts;

/** How the waiting car is (SPEC 2.1): the input of the partsRiskLevel table. */
public enum VehicleCondition { CANNOT_DRIVE, CORE_FUNCTION_IMPAIRED, MINOR }
