package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.ApiException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * A staff member's mobile number, kept in the international form an SMS gateway takes
 * ({@code +8613800138000}). Given as a Chinese mobile number (11 digits starting with 1), or as +
 * and a country code; spaces, dashes and a leading 00 are read as people write them.
 */
public record MobileNumber(String international) {

  static final String FIELD = "mobile";
  private static final Pattern CHINESE_MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  /** E.164: a country code and the number, at most 15 digits; 8 at the least for any real mobile. */
  private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9][0-9]{7,14}");

  /** The number read from what an administrator typed; a 400 naming {@value #FIELD} otherwise. */
  public static MobileNumber of(String typed) {
    String digits = typed == null ? "" : typed.strip().replaceAll("[ -]", "");
    if (digits.startsWith("00")) {
      digits = "+" + digits.substring(2);
    }
    if (CHINESE_MOBILE.matcher(digits).matches()) {
      return new MobileNumber("+86" + digits);
    }
    if (INTERNATIONAL.matcher(digits).matches()) {
      return new MobileNumber(digits);
    }
    throw new ApiException(HttpStatus.BAD_REQUEST, FIELD, FIELD + " must be a mobile number: 11 digits starting with 1 "
        + "(China), or + and the country code (+852 6123 4567)");
  }
}
