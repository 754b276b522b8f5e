package com.aftersales.bpm.parts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** The customer called or wrote about a waiting order. */
public record CustomerContact(
    @NotNull @PastOrPresent(message = "must not be in the future") OffsetDateTime at,
    @NotNull Channel channel,
    @Size(max = 2000) String text,
    /* true when the customer asks for progress */
    @NotNull Boolean chasing) {

  public enum Channel { PHONE, WECHAT, SMS, EMAIL, VISIT, APP }
}
