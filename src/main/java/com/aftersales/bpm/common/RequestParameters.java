package com.aftersales.bpm.common;

import org.springframework.http.HttpStatus;

/** Query parameters read by hand, so a bad one is a 400 naming it, whatever the text. */
public final class RequestParameters {

  private RequestParameters() {}

  /**
   * The text as given (null when absent) unless it holds control characters: none belongs in a key
   * or a name, and PostgreSQL can neither store nor compare U+0000 (H2 can), so such text is a 400
   * on every database rather than a failed query on one.
   */
  public static String plainText(String name, String value) {
    if (value != null && value.chars().anyMatch(Character::isISOControl)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, name, name + " must not contain control characters");
    }
    return value;
  }

  /** A key that names a record (a customer's id): not blank, at most {@code max} characters, plain text. */
  public static String requiredKey(String name, String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new ApiException(HttpStatus.BAD_REQUEST, name, name + " must be 1 to " + max + " characters, not blank");
    }
    return plainText(name, value);
  }

  /** A whole number from {@code min} to {@code max}; {@code defaultValue} when absent. */
  public static int wholeNumber(String name, String value, int defaultValue, int min, int max) {
    if (value == null) {
      return defaultValue;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiException(HttpStatus.BAD_REQUEST, name,
        name + " must be a whole number from " + min + " to " + max);
  }
}
