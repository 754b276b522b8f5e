package com.aftersales.bpm.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The customer as integrators describe them in a survey answer or a red alert's order; absent
 * {@code highValue} means an ordinary customer. (A part shortage's customer also carries the VIP
 * flag: {@code parts/PartShortageReport.Customer}.)
 */
public record Customer(
    @NotBlank @Size(max = 64) String id,
    @NotBlank @Size(max = 100) String name,
    @NotBlank @PhoneNumber String phone,
    Boolean highValue) {}
