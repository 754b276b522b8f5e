package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.LifetimeValue;
import com.aftersales.bpm.common.OneLine;
import com.aftersales.bpm.common.PhoneNumber;
import com.aftersales.bpm.common.RecordKey;
import com.aftersales.bpm.common.StaffUserId;
import com.aftersales.bpm.common.Vehicle;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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

  /**
   * The customer; {@code lifetimeValue} (CNY) and {@code successManager} (their success manager's
   * user id) come from the CRM, are optional and, left out, not part of the content a repeat is
   * compared by (ADR 0031).
   */
  public record Customer(
      @NotBlank @Size(max = 64) String id,
      @NotBlank @Size(max = 100) @OneLine String name,
      @NotBlank @PhoneNumber String phone,
      Boolean highValue,
      Boolean vip,
      @JsonInclude(JsonInclude.Include.NON_NULL) @LifetimeValue BigDecimal lifetimeValue,
      @JsonInclude(JsonInclude.Include.NON_NULL) @StaffUserId String successManager) {

    /** A customer the CRM gave no lifetime value and no success manager for. */
    public Customer(String id, String name, String phone, Boolean highValue, Boolean vip) {
      this(id, name, phone, highValue, vip, null, null);
    }
  }

  public record Part(@NotBlank @Size(max = 64) String number, @NotBlank @Size(max = 200) String name) {}
}
