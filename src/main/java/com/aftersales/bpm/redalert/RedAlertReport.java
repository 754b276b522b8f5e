package com.aftersales.bpm.redalert;

import com.aftersales.bpm.common.Customer;
import com.aftersales.bpm.common.RecordKey;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A problem that may affect customer deliveries: {@code POST /api/red-alerts}. Either the orders it
 * touches (a delivery-quality alert) or the part number whose waiting orders it touches (a supply alert).
 * {@code mediaInvolved} (optional, false when left out) brings marketing into the joint decision.
 * Left out and false are the same alert: neither is part of the content a repeat is compared by.
 */
public record RedAlertReport(
    @NotBlank @RecordKey String alertId,
    @NotNull @PastOrPresent(message = "must not be in the future") OffsetDateTime discoveredAt,
    @NotBlank @Size(max = 2000) String description,
    @Size(min = 1, max = 500) List<@Valid Order> orders,
    @RecordKey String partNumber,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean mediaInvolved) {

  public record Order(
      @NotBlank @RecordKey String orderId,
      @NotNull @Valid Customer customer,
      @NotNull @Valid Vehicle vehicle,
      @NotNull OffsetDateTime deliveryAt,
      @NotNull Severity severity) {}

  public record Vehicle(@NotBlank @Size(max = 17) String vin, @Size(max = 64) String model) {}

  /** Whether media are involved: marketing joins the decision (SPEC 5). */
  public boolean media() {
    return Boolean.TRUE.equals(mediaInvolved);
  }

  public AlertKind kind() {
    return partNumber == null ? AlertKind.DELIVERY_QUALITY : AlertKind.SUPPLY;
  }
}
