package com.aftersales.bpm.sales;

import com.aftersales.bpm.common.RecordKey;
import com.aftersales.bpm.report.VehicleOrderTable.Source;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A vehicle order the dealer system signed, as it posts it to {@code POST /api/vehicle-orders}
 * (ADR 0036): every order, with where its customer came from, so the report can say what share of
 * the month's sales were repurchases and referrals (SPEC 6).
 *
 * @param source NEW (a first purchase), REPURCHASE (a customer who bought from us before) or
 *     REFERRAL (a new customer an existing one sent)
 */
public record VehicleOrder(
    @NotBlank @RecordKey String orderId,
    @NotNull @PastOrPresent(message = "must not be in the future") OffsetDateTime signedAt,
    @NotBlank @Size(max = 64) String customerId,
    @NotNull Source source) {}
