package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.ApiException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

/** ADR 35: a mobile number as people write it, kept in the international form an SMS gateway takes. */
class MobileNumberTest {

  @ParameterizedTest
  @CsvSource({"13800138000, +8613800138000", "' 138 0013 8000 ', +8613800138000", "138-0013-8000, +8613800138000",
      "+86 138 0013 8000, +8613800138000", "008613800138000, +8613800138000", "+852 6123 4567, +85261234567",
      "+44 7700 900123, +447700900123", "19912345678, +8619912345678"})
  void aNumberIsKeptInInternationalForm(String typed, String kept) {
    Assertions.assertThat(MobileNumber.of(typed).international()).isEqualTo(kept);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1380013800", "138001380000", "12800138000", "010 6552 9988", "+0 138 0013 8000",
      "+86 (138) 0013 8000", "+8613800138000x", "+1234567", "+1234567890123456", "１３８００１３８０００"})
  void anythingElseIsA400NamingTheField(String typed) {
    Assertions.assertThatThrownBy(() -> MobileNumber.of(typed)).isInstanceOfSatisfying(ApiException.class, e -> {
      Assertions.assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
      Assertions.assertThat(e.field()).isEqualTo("mobile");
      Assertions.assertThat(e.getMessage()).startsWith("mobile must be a mobile number");
    });
  }
}
