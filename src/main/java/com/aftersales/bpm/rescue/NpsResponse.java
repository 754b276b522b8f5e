package com.aftersales.bpm.rescue;

import com.aftersales.bpm.common.Customer;
import com.aftersales.bpm.common.RecordKey;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One answered NPS survey, as an integrator posts it to {@code POST /api/nps-responses}. */
@DeliveredBeforeAnswer
public record NpsResponse(
    @NotBlank @RecordKey String surveyId,
    @NotNull @PastOrPresent(message = "must not be in the future") OffsetDateTime answeredAt,
    @NotNull @Min(0) @Max(10) Integer score,
    @Size(max = 2000) String comment,
    @Size(max = 64) String serviceOrderId,
    @NotNull @Valid Customer customer,
    @Valid Vehicle vehicle,
    Boolean publicOpinionRisk) {

  /**
   * The customer's car as the survey system describes it; {@code deliveredOn} (optional) is the day
   * the customer took delivery, which the survey platform carries from the dealer system (ADR 0030).
   * Left out, it is not part of the content a repeat is compared by, so a survey recorded before
   * the field existed still matches its repeat.
   */
  public record Vehicle(@Size(max = 64) String model, @Size(max = 16) String plate,
      @JsonInclude(JsonInclude.Include.NON_NULL) @PastOrPresent(message = "must not be in the future") LocalDate deliveredOn) {

    /** The model and plate, as every intake's vehicle is put into a case. */
    com.aftersales.bpm.common.Vehicle described() {
      return new com.aftersales.bpm.common.Vehicle(model, plate);
    }
  }

  /** The delivery day, null when the survey names none (not a field of the request: left out of its JSON). */
  @JsonIgnore
  public LocalDate deliveredOn() {
    return vehicle == null ? null : vehicle.deliveredOn();
  }
}
