package com.aftersales.bpm.promise;

import com.aftersales.bpm.common.RecordKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The promises a sales advisor is about to make at delivery (SPEC 6): {@code POST /api/customer-promises}.
 * Sales confirm by posting it. Without {@code customerConfirmedAt} it is a draft, posted before the
 * customer signs so that the special promises are pre-approved first; the customer's confirmation
 * follows ({@link CustomerConfirmation}). With it, it is the draft and the confirmation in one step
 * (ADR 0039).
 */
@ConfirmedAfterRecording
public record CustomerPromiseChecklist(
    @NotBlank @RecordKey String checklistId,
    @NotBlank @Size(max = 64) String customerId,
    @NotBlank @Size(max = 64) String orderId,
    @NotNull @PastOrPresent(message = "must not be in the future") OffsetDateTime recordedAt,
    @PastOrPresent(message = "must not be in the future") OffsetDateTime customerConfirmedAt,
    @NotEmpty @Size(max = 30) List<@Valid Item> items) {

  public record Item(
      @NotNull PromiseKind kind,
      @NotBlank @Size(max = 500) String description,
      @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal value,
      LocalDate validUntil) {}
}
