package com.aftersales.bpm.common;

import java.util.List;

/**
 * Lines joined into one text that fits an engine text variable, then how many more there are: a
 * case's many or long lines (a customer's promises, the checkpoint's open actions) must not stop
 * the case that shows them, as a longer text would (the engine's text column holds 4,000).
 */
public final class FittedLines {

  /** The most an engine string variable holds. */
  public static final int ENGINE_TEXT = 4000;

  private FittedLines() {}

  /**
   * @param most the characters the text may take
   * @param more the line that counts what did not fit, given the count twice (English / 中文)
   */
  public static String of(List<String> lines, int most, String more) {
    StringBuilder text = new StringBuilder();
    for (int shown = 0; shown < lines.size(); shown++) {
      if (text.length() + lines.get(shown).length() + 1 > most - more.length() - 10) {
        int left = lines.size() - shown;
        return text.append(more.formatted(left, left)).toString();
      }
      text.append(shown == 0 ? "" : "\n").append(lines.get(shown));
    }
    return text.toString();
  }
}
