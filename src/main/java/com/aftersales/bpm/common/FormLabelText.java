package com.aftersales.bpm.common;

/**
 * Text from outside (a customer's name) made safe to be an option's label in a Camunda Form's
 * checklist or radio group. Tasklist's form-js evaluates such a label as a template when it starts
 * with {@code =} or holds {@code {{…}}}, and shows only its first line: a name could compute what the
 * label says, hang the form with a long loop, or hide the rest of the label (the order, its tier)
 * behind a line break. Line breaks, other control characters and the marks that reverse the
 * direction of what follows (bidi overrides) become spaces; an invisible word
 * joiner (U+2060) goes before a leading {@code =} and between two opening braces, so the label reads
 * as sent and is no template. (Select options and field values are not evaluated.)
 */
public final class FormLabelText {

  /** Invisible and unbreakable: the label looks as sent. */
  static final char WORD_JOINER = '\u2060';

  private FormLabelText() {}

  public static String literal(String text) {
    if (text == null) {
      return null;
    }
    String oneLine = text.replaceAll("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]", " ");
    String noTemplate = oneLine.replaceAll("\\{(?=\\{)", "{" + WORD_JOINER);
    return noTemplate.startsWith("=") ? WORD_JOINER + noTemplate : noTemplate;
  }
}
