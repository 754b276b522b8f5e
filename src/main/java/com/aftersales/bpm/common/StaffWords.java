package com.aftersales.bpm.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Staff words: the codes the processes store ({@code SAME_CLASS_LOANER}, {@code NOT_RECOVERED},
 * grades, levels…), variable names, durations ({@code PT2H}) and timer cycles as staff read them,
 * "English / 中文". One catalog, {@value #RESOURCE}, serves Java (notifications, the report's CSV),
 * the models ({@code ${staffWords.of('grade', grade)}}) and, through {@code GET /api/words}, the
 * Cockpit and Tasklist plugins and the report page ({@code /words/staff-words.js} formats alike).
 */
@ModelBean("staffWords")
public class StaffWords {

  public static final String RESOURCE = "words/staff-words.json";
  /** What a missing value reads as, as in {@link DisplayDates}. */
  public static final String NONE = DisplayDates.NONE;

  private static final Pattern DURATION =
      Pattern.compile("P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
  private static final Pattern REPEAT = Pattern.compile("R(\\d*)/(P[^/]+)");
  private static final Pattern DAILY_CRON = Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) \\* \\* \\?");

  /** The English and the Chinese word. */
  public record Word(String en, String zh) {
    public String text() {
      return en + " / " + zh;
    }
  }

  /** A variable's name in words, the kind of code it holds, or its type ({@code duration}, {@code cycle}). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Variable(String en, String zh, String kind, String type) {
    public Word word() {
      return new Word(en, zh);
    }
  }

  /** kind → code → word, and variable name → words. */
  public record Catalog(Map<String, Map<String, Word>> kinds, Map<String, Variable> variables) {}

  private final Catalog catalog;

  public StaffWords() {
    this.catalog = read();
  }

  private static Catalog read() {
    try (InputStream in = StaffWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in, Catalog.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  public Catalog catalog() {
    return catalog;
  }

  /**
   * A code in words ("Grade S / S级"); a comma-separated list or a collection code by code; a code
   * the catalog does not know as it is (so nothing is hidden), no code as {@value #NONE}.
   */
  public String of(String kind, Object code) {
    if (code == null || code.toString().isBlank()) {
      return NONE;
    }
    if (code instanceof Collection<?> codes) {
      return String.join(", ", codes.stream().map(c -> of(kind, c)).toList());
    }
    String text = code.toString().trim();
    Optional<Word> word = word(kind, text);
    if (word.isPresent()) {
      return word.get().text();
    }
    if (text.contains(",")) {
      return of(kind, List.of(text.split("\\s*,\\s*")));
    }
    return text;
  }

  public Optional<Word> word(String kind, String code) {
    Map<String, Word> codes = catalog.kinds().get(kind);
    return Optional.ofNullable(codes == null || code == null ? null : codes.get(code));
  }

  /** A variable's name in words ("Grade / 等级"), or the name itself when the catalog lacks it. */
  public String variable(String name) {
    Variable variable = catalog.variables().get(name);
    return variable == null ? name : variable.word().text();
  }

  /** An ISO-8601 duration in words: {@code PT2H} "2 h / 2小时", {@code P3D} "3 days / 3天"; else as it is. */
  public String duration(String iso) {
    return durationWord(iso).map(Word::text).orElse(iso == null ? NONE : iso);
  }

  /** A timer cycle in words: {@code R/P3D} "every 3 days / 每3天", {@code 0 0 17 * * ?} "every day at 17:00 / 每天17:00". */
  public String cycle(String expression) {
    return cycleWord(expression).map(Word::text).orElse(expression == null ? NONE : expression);
  }

  static Optional<Word> durationWord(String iso) {
    Matcher m = iso == null ? null : DURATION.matcher(iso.trim());
    if (m == null || !m.matches() || iso.trim().equals("P") || iso.trim().endsWith("T")) {
      return Optional.empty();
    }
    long days = number(m.group(1)) * 7 + number(m.group(2));
    List<String> en = new ArrayList<>();
    StringBuilder zh = new StringBuilder();
    if (days > 0) {
      en.add(days + (days == 1 ? " day" : " days"));
      zh.append(days).append('天');
    }
    String[][] units = {{m.group(3), " h", "小时"}, {m.group(4), " min", "分钟"}, {m.group(5), " s", "秒"}};
    for (String[] unit : units) {
      if (number(unit[0]) > 0) {
        en.add(number(unit[0]) + unit[1]);
        zh.append(number(unit[0])).append(unit[2]);
      }
    }
    return en.isEmpty() ? Optional.of(new Word("0 min", "0分钟")) : Optional.of(new Word(String.join(" ", en), zh.toString()));
  }

  static Optional<Word> cycleWord(String expression) {
    if (expression == null) {
      return Optional.empty();
    }
    Matcher repeat = REPEAT.matcher(expression.trim());
    if (repeat.matches()) {
      return durationWord(repeat.group(2)).map(d -> {
        boolean one = d.en().equals("1 day");
        Word every = new Word("every " + (one ? "day" : d.en()), "每" + (one ? "天" : d.zh()));
        return repeat.group(1).isEmpty() ? every
            : new Word(every.en() + ", " + repeat.group(1) + " times", every.zh() + ",共" + repeat.group(1) + "次");
      });
    }
    Matcher cron = DAILY_CRON.matcher(expression.trim());
    if (cron.matches()) {
      String at = String.format("%02d:%02d", Integer.parseInt(cron.group(2)), Integer.parseInt(cron.group(1)));
      return Optional.of(new Word("every day at " + at, "每天" + at));
    }
    return Optional.empty();
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
