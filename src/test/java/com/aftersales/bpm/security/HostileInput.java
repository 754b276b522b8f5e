package com.aftersales.bpm.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * What {@link ApiFuzzTest} sends that no endpoint of ours may trip over, whichever endpoint it is:
 * content types, random JSON, a valid body broken in every way, hostile query parameters, months
 * and path segments. A base class because jqwik finds a {@code @ForAll("name")} provider in the
 * property's class and its superclasses, not in other classes.
 */
abstract class HostileInput {

  // ---- bodies ----

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just("application/json")),
        Tuple.of(1, Arbitraries.of("text/plain", "application/json; charset=ISO-8859-1",
            "application/json; charset=no-such-charset", "application/x-www-form-urlencoded", "application/xml",
            "multipart/form-data; boundary=x", "*/*", "application/json; charset=UTF-16")));
  }

  /**
   * Bodies that are never a valid request: random JSON, the valid body with a field broken, a key
   * twice, text after it, deep nesting, or no JSON at all.
   */
  protected Arbitrary<String> hostileBodies(String valid, List<String> fields) {
    Arbitrary<String> field = Arbitraries.of(fields);
    // the unknown field keeps the body invalid when the new value happens to fit; every other
    // field is still checked, bound and validated
    Arbitrary<String> brokenField = Combinators.combine(field, badValues())
        .as((name, value) -> withField(replaceField(valid, name, value), "zzFuzz", "0"));
    Arbitrary<String> unknownField = Combinators.combine(keys(), jsonValues())
        .as((name, value) -> withField(valid, "zz" + name, value));
    // a top-level field twice, or a nested field's name at the top (unknown there); never a name
    // the body lacks, which may be an optional top-level field that a fitting value makes valid
    Arbitrary<String> presentField =
        Arbitraries.of(fields.stream().filter(name -> valid.contains(jsonString(name) + ":")).toList());
    Arbitrary<String> duplicateKey = Combinators.combine(presentField, jsonValues())
        .as((name, value) -> withField(valid, name, value));
    Arbitrary<String> trailing = Arbitraries.of(" x", "}", "]", " {}", " " + valid, "\u0000", " null", ",", " 1", "/*")
        .map(garbage -> valid + garbage);
    Arbitrary<String> deep = Arbitraries.integers().between(900, 20_000)
        .map(depth -> "{\"surveyId\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
    Arbitrary<String> notJson = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
        Arbitraries.of("", "{", "nul", "\"\\ud800\"", "{\"a\":1,}", "{'score':2}", "\u0000", "[1,2", "1e99999",
            "{\"score\":0x10}", "\uFEFF{}", "<xml/>"));
    return Arbitraries.oneOf(jsonValues(), brokenField, unknownField, duplicateKey, trailing, deep, notJson);
  }

  /** The object with one more member at its end. */
  private static String withField(String object, String name, String value) {
    return object.substring(0, object.length() - 1) + "," + jsonString(name) + ":" + value + "}";
  }

  /** The body with the field's first scalar value replaced (unchanged when it has none). */
  private static String replaceField(String valid, String name, String value) {
    return valid.replaceFirst("\"" + name + "\":(\"[^\"]*\"|[-0-9.]+|true|false|null)",
        java.util.regex.Matcher.quoteReplacement("\"" + name + "\":" + value));
  }

  /** Values no field of ours accepts in that place, or that need care: wrong types, extremes, odd dates. */
  private Arbitrary<String> badValues() {
    return Arbitraries.oneOf(
        Arbitraries.of("\"\"", "\" \"", "\"\\u0000\"", "null", "true", "[]", "{}", "-1", "11", "1e400", "-0",
            "99999999999999999999999999", "0.5", "\"2\"", "\"x\"", "\"+999999999-12-31T23:59:59Z\"",
            "\"0000-01-01T00:00:00Z\"", "\"-0001-01-01T00:00:00Z\"", "\"1970-01-01T00:00:00Z\"",
            "\"2026-02-30T00:00:00Z\"", "\"2026-01-01T25:00:00Z\"", "\"2026-01-01\"", "\"9999-12-31T23:59:59-18:00\"",
            "\"PIGEON\"", "\"phone\"", "\"" + "x".repeat(5000) + "\"", "\"\\ud83d\\ude00\"", "\"\u202e\""),
        jsonValues());
  }

  /** Random JSON trees up to four levels deep. */
  @Provide
  Arbitrary<String> jsonValues() {
    return Arbitraries.recursive(this::scalars, inner -> Arbitraries.oneOf(inner, arrays(inner), objects(inner)), 0, 4);
  }

  private Arbitrary<String> arrays(Arbitrary<String> items) {
    return items.list().ofMaxSize(4).map(list -> "[" + String.join(",", list) + "]");
  }

  private Arbitrary<String> objects(Arbitrary<String> values) {
    return Combinators.combine(keys(), values).as((k, v) -> jsonString(k) + ":" + v).list().ofMaxSize(4)
        .map(members -> "{" + String.join(",", members) + "}");
  }

  private Arbitrary<String> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
            .map(String::valueOf),
        Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "1e999"),
        Arbitraries.of("true", "false", "null", "1e400", "-1e-400", "0"),
        Arbitraries.strings().ofMaxLength(40).map(HostileInput::jsonString),
        Arbitraries.strings().all().ofMaxLength(20).map(HostileInput::jsonString));
  }

  private Arbitrary<String> keys() {
    return Arbitraries.oneOf(Arbitraries.of("surveyId", "score", "customer", "at", "channel", "month", "", "__proto__",
        "@type", "class"), Arbitraries.strings().alpha().ofMaxLength(10));
  }

  /** The text as a JSON string literal, every character escaped that JSON requires. */
  private static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  // ---- parameters and path segments ----

  @Provide
  Arbitrary<String> parameters() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "%00", "%25", "%5F", "%27%20OR%201%3D1--", "%0D%0AX-Injected:%201", "%E7%8E%8B",
            "%F0%9F%98%80", "%C0%AF", "%FF%FE", "waiting", "x&status=waiting", "%2B", "a".repeat(5000)),
        Arbitraries.strings().all().ofMaxLength(60).map(HostileInput::encoded));
  }

  @Provide
  Arbitrary<String> months() {
    return Arbitraries.oneOf(
        Arbitraries.of("2026-01", "", "%2B999999999-12", "-999999999-01", "0000-01", "1999-12", "9999-12", "2026-13",
            "2026-00", "2026-1", "%00", "2026-01%00", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96-01", "2026-01-01", "abc"),
        Combinators.combine(Arbitraries.integers().between(-20_000, 20_000), Arbitraries.integers().between(-1, 14))
            .as((year, month) -> year + "-" + month),
        Arbitraries.strings().all().ofMaxLength(12).map(HostileInput::encoded));
  }

  @Provide
  Arbitrary<String> limits() {
    return Arbitraries.oneOf(Arbitraries.of("", "0", "-1", "1", "1000", "1001", "abc", "1.5", "%00", "2147483648",
            "%D9%A3", "%2B5", "%205"),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.strings().all().ofMaxLength(12).map(HostileInput::encoded));
  }

  /** A user id in a path: an account that exists, or any segment. */
  @Provide
  Arbitrary<String> staffIds() {
    return Arbitraries.oneOf(Arbitraries.of("manager", "advisor", "admin"), segments());
  }

  @Provide
  Arbitrary<String> segments() {
    return Arbitraries.oneOf(
        Arbitraries.of("NO-SUCH", "%00", "..", "%2E%2E", "%2F", "..%2F..%2Fengine-rest", "a%3Bb", "%25", "%E7%8E%8B",
            "x".repeat(300), "RO-1%0D%0A", "%20"),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40).map(HostileInput::encoded));
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
