package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.PhoneNumber;
import com.aftersales.bpm.common.RecordKey;
import com.aftersales.bpm.common.Vehicle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A repair order that waits for an out-of-stock part: {@code POST /api/part-shortages}. */
public record PartShortageReport(
    @NotBlank @RecordKey String repairOrderId,
    @NotNull @PastOrPresent(message = "must not be in the future") OffsetDateTime reportedAt,
    @NotNull @Valid Customer customer,
    @Valid Vehicle vehicle,
    @NotNull @Valid Part part,
    @NotNull VehicleCondition vehicleCondition,
    LocalDate supplierEta) {

  public record Customer(
      @NotBlank @Size(max = 64) String id,
      @NotBlank @Size(max = 100) String name,
      @NotBlank @PhoneNumber String phone,
      Boolean highValue,
      Boolean vip) {}

  public record Part(@NotBlank @Size(max = 64) String number, @NotBlank @Size(max = 200) String name) {}
}
