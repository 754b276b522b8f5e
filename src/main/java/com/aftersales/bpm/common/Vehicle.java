package com.aftersales.bpm.common;

import jakarta.validation.constraints.Size;

/** The customer's car as integrators describe it. */
public record Vehicle(@Size(max = 64) String model, @Size(max = 16) String plate) {}
