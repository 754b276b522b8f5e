package com.aftersales.bpm.promise;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.OffsetDateTime;

/**
 * The customer confirmed (signed) a checklist posted as a draft:
 * {@code POST /api/customer-promises/{checklistId}/confirmation} (SPEC 6, ADR 0039). That it is not
 * before the checklist's {@code recordedAt} is checked against the stored checklist.
 */
public record CustomerConfirmation(
    @NotNull @PastOrPresent(message = "must not be in the future") OffsetDateTime customerConfirmedAt) {}
