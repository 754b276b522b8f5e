package com.aftersales.bpm.parts;

import jakarta.validation.constraints.PastOrPresent;
import java.time.OffsetDateTime;

/** The part is here; {@code arrivedAt} defaults to now. */
public record PartArrival(@PastOrPresent(message = "must not be in the future") OffsetDateTime arrivedAt) {}
