package com.aftersales.bpm.rescue;

import com.aftersales.bpm.common.Customer;
import com.aftersales.bpm.common.RecordKey;
import com.aftersales.bpm.common.Vehicle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** One answered NPS survey, as an integrator posts it to {@code POST /api/nps-responses}. */
public record NpsResponse(
    @NotBlank @RecordKey String surveyId,
    @NotNull @PastOrPresent(message = "must not be in the future") OffsetDateTime answeredAt,
    @NotNull @Min(0) @Max(10) Integer score,
    @Size(max = 2000) String comment,
    @Size(max = 64) String serviceOrderId,
    @NotNull @Valid Customer customer,
    @Valid Vehicle vehicle,
    Boolean publicOpinionRisk) {}
