package com.aftersales.bpm.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The customer as integrators describe them in a survey answer or a red alert's order; absent
 * {@code highValue} means an ordinary customer. {@code lifetimeValue} (CNY) and
 * {@code successManager} (the user id of the customer's dedicated success manager) come from the
 * CRM and are optional (ADR 0031); left out, they are not part of the content a repeat is compared
 * by, so a report recorded before they existed still matches its repeat. (A part shortage's
 * customer also carries the VIP flag: {@code parts/PartShortageReport.Customer}.)
 */
public record Customer(
    @NotBlank @Size(max = Customer.ID_LENGTH) String id,
    @NotBlank @Size(max = 100) @OneLine String name,
    @NotBlank @PhoneNumber String phone,
    Boolean highValue,
    @JsonInclude(JsonInclude.Include.NON_NULL) @LifetimeValue BigDecimal lifetimeValue,
    @JsonInclude(JsonInclude.Include.NON_NULL) @StaffUserId String successManager) {

  /** The longest customer id the CRM may send (also where an id is a path's part). */
  public static final int ID_LENGTH = 64;

  /** A customer the CRM gave no lifetime value and no success manager for. */
  public Customer(String id, String name, String phone, Boolean highValue) {
    this(id, name, phone, highValue, null, null);
  }
}
