package com.aftersales.bpm.rescue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.OffsetDateTime;

/** A re-rating the customer gave after the rescue (never pressed for, never hinted at). */
public record ReRating(
    @NotNull @Min(0) @Max(10) Integer score,
    @NotNull @PastOrPresent(message = "must not be in the future") OffsetDateTime answeredAt) {}
