package com.aftersales.bpm.models;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a FEEL expression reads (of a decision's input, a form's {@code "=…"} value): its
 * words other than FEEL's own — keywords, functions (also those with spaces, {@code lower case(…)}),
 * context keys ({@code value:}), properties after a dot, loop variables ({@code for i in}) and
 * {@code item} — and other than what is inside a string.
 */
final class FeelNames {

  private static final Set<String> FEEL_WORDS = Set.of("if", "then", "else", "for", "in", "return", "some",
      "every", "satisfies", "and", "or", "true", "false", "null", "between", "instance", "of", "function", "item");
  private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
  private static final Pattern SPACED_FUNCTION = Pattern.compile("\\b(?:lower case|upper case|string length"
      + "|substring before|substring after|date and time|years and months duration|day of week|day of year"
      + "|week of year|month of year|starts with|ends with|index of|list contains|distinct values|get value"
      + "|get entries|insert before|is defined)\\s*\\(");
  private static final Pattern NAME = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(?!\\w)(?!\\s*[(:])");
  private static final Pattern LOOP = Pattern.compile("\\b(?:for|some|every|,)\\s*([A-Za-z_]\\w*)\\s+in\\b");

  private FeelNames() {}

  static Set<String> of(String expression) {
    String code = SPACED_FUNCTION.matcher(STRING.matcher(expression).replaceAll("\"\"")).replaceAll("f(");
    Set<String> locals = new LinkedHashSet<>();
    Matcher loop = LOOP.matcher(code);
    while (loop.find()) {
      locals.add(loop.group(1));
    }
    Set<String> names = new LinkedHashSet<>();
    Matcher name = NAME.matcher(code);
    while (name.find()) {
      if (!FEEL_WORDS.contains(name.group(1)) && !locals.contains(name.group(1))) {
        names.add(name.group(1));
      }
    }
    return names;
  }
}
