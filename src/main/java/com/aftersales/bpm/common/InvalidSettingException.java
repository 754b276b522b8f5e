package com.aftersales.bpm.common;

/**
 * A setting the application cannot run with. The start ends with this message and what to do
 * instead of a stack trace ({@link InvalidSettingAnalyzer}), so an operator reads the setting's
 * name and value at once.
 */
public class InvalidSettingException extends IllegalStateException {

  private final String action;

  /**
   * @param description what is wrong, naming the environment variable and the value given
   * @param action what to set instead
   */
  public InvalidSettingException(String description, String action) {
    super(description);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
