package com.aftersales.bpm.support;

import com.aftersales.bpm.common.StaffWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What staff must never read (issue 15): a code as the processes store it where the staff-words
 * catalog has words for it ({@code NOT_RECOVERED}, {@code SAME_CLASS_LOANER}, {@code service-manager},
 * {@code userTask}), a variable's camelCase name, an ISO duration ({@code PT2H}), a Java date
 * ({@code Fri Nov 27 23:59:20 CST 2026}), an ISO date-time ({@code 2026-11-27T23:59…}) or an
 * expression the engine did not resolve. A code that its own words contain (grade {@code S} in
 * "Grade S / S级", {@code L1} in "L1 fatal / L1 致命") is how people say it; codes that are plain
 * English words (group {@code sales}, operation {@code Complete}) are not looked for.
 */
public final class RawText {

  public static final Pattern JAVA_DATE = Pattern.compile("\\w{3} \\w{3} \\d{2} \\d{2}:\\d{2}:\\d{2} \\w{3,4} \\d{4}");
  public static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
  public static final Pattern ISO_DURATION = Pattern.compile("(?<!\\w)P(?=T?\\d)(?:\\d+[YMWD])*(?:T(?:\\d+[HMS])+)?(?!\\w)");
  public static final Pattern EXPRESSION = Pattern.compile("\\$\\{|#\\{");
  /** UPPER_CASE, UPPERCASE (two or more), camelCase and kebab-case: how codes and names are written. */
  private static final Pattern CODE_LIKE = Pattern.compile(
      "[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z][A-Z0-9]+|[a-z][a-z0-9]*([A-Z][a-z0-9]*)+|[a-z]+(-[a-z]+)+");

  private final Pattern codes;

  private RawText(Pattern codes) {
    this.codes = codes;
  }

  /** The codes of every kind and the camelCase variable names of the catalog. */
  public static RawText of(StaffWords words) {
    TreeSet<String> raw = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
    for (Map<String, StaffWords.Word> kind : words.catalog().kinds().values()) {
      kind.forEach((code, word) -> {
        if (CODE_LIKE.matcher(code).matches() && !word.text().matches("(?s).*(?<![\\w-])" + Pattern.quote(code) + "(?![\\w-]).*")) {
          raw.add(code);
        }
      });
    }
    words.catalog().variables().keySet().stream().filter(name -> CODE_LIKE.matcher(name).matches()
        && !name.equals(name.toLowerCase())).forEach(raw::add);
    String alternatives = String.join("|", raw.stream().map(Pattern::quote).toList());
    return new RawText(Pattern.compile("(?<![\\w-])(" + alternatives + ")(?![\\w-])"));
  }

  /** What is wrong with a text staff read, each naming {@code where} it is; empty when nothing. */
  public List<String> problems(String where, String text) {
    List<String> problems = new ArrayList<>();
    if (text == null) {
      return problems;
    }
    find(problems, where, "raw code", codes, text);
    find(problems, where, "Java date", JAVA_DATE, text);
    find(problems, where, "ISO date-time", ISO_DATE_TIME, text);
    find(problems, where, "ISO duration", ISO_DURATION, text);
    find(problems, where, "unresolved expression", EXPRESSION, text);
    return problems;
  }

  private static void find(List<String> problems, String where, String what, Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      problems.add(where + ": " + what + " '" + m.group() + "' in: " + text);
    }
  }
}
