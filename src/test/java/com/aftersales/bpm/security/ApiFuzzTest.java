package com.aftersales.bpm.security;

import com.aftersales.bpm.AftersalesApplication;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.SurveyJson;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every {@code /api} endpoint under random and hostile bodies, parameters and path segments, as
 * the integration system, staff, auditors, the admin and nobody: never a 5xx, never exception
 * text, and nothing started or recorded (the application holds no case, so no path names one, and
 * every body of the two endpoints that create cases is invalid by construction).
 * jqwik does not run Spring's JUnit extension, so the test starts its own application once.
 */
class ApiFuzzTest {

  private static final int TRIES = 200;
  private static final String ANSWERED = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

  private static ConfigurableApplicationContext app;
  private static Http http;
  private static JdbcTemplate jdbc;
  private static HistoryService history;

  @BeforeContainer
  static void startTheApplication() {
    app = new SpringApplicationBuilder(AftersalesApplication.class).run(
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:api-fuzz;DB_CLOSE_DELAY=-1",
        "--camunda.bpm.process-engine-name=apiFuzz",
        "--camunda.bpm.job-execution.enabled=false",
        "--aftersales.admin.password=demo",
        "--logging.level.com.aftersales=WARN");
    http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
    jdbc = app.getBean(JdbcTemplate.class);
    history = app.getBean(HistoryService.class);
  }

  @AfterContainer
  static void stopTheApplication() {
    if (app != null) {
      app.close();
    }
  }

  // ---- the endpoints ----

  @Property(tries = TRIES)
  void surveyIntake(@ForAll("users") String user, @ForAll("invalidSurveys") String body, @ForAll("contentTypes") String type) {
    expectNoChange(() -> http.send(user, "POST", "/api/nps-responses", body, "Content-Type", type), true);
  }

  @Property(tries = TRIES)
  void reRating(@ForAll("users") String user, @ForAll("segments") String surveyId, @ForAll("reRatings") String body) {
    expectNoChange(() -> http.postJson(user, "/api/nps-responses/" + surveyId + "/re-rating", body), true);
  }

  @Property(tries = TRIES)
  void shortageReport(@ForAll("users") String user, @ForAll("invalidShortages") String body,
      @ForAll("contentTypes") String type) {
    expectNoChange(() -> http.send(user, "POST", "/api/part-shortages", body, "Content-Type", type), true);
  }

  @Property(tries = TRIES)
  void redAlert(@ForAll("users") String user, @ForAll("invalidRedAlerts") String body, @ForAll("contentTypes") String type) {
    expectNoChange(() -> http.send(user, "POST", "/api/red-alerts", body, "Content-Type", type), true);
  }

  @Property(tries = TRIES)
  void promiseChecklist(@ForAll("users") String user, @ForAll("invalidChecklists") String body,
      @ForAll("contentTypes") String type) {
    expectNoChange(() -> http.send(user, "POST", "/api/customer-promises", body, "Content-Type", type), true);
  }

  @Property(tries = TRIES)
  void partArrival(@ForAll("users") String user, @ForAll("segments") String order, @ForAll("arrivals") String body) {
    expectNoChange(() -> http.postJson(user, "/api/part-shortages/" + order + "/arrival", body), true);
  }

  @Property(tries = TRIES)
  void customerContact(@ForAll("users") String user, @ForAll("segments") String order, @ForAll("contacts") String body) {
    expectNoChange(() -> http.postJson(user, "/api/part-shortages/" + order + "/customer-contacts", body), true);
  }

  @Property(tries = TRIES)
  void batchView(@ForAll("readers") String user, @ForAll("parameters") String partNumber, @ForAll("parameters") String status) {
    expectNoChange(() -> http.get(user, "/api/part-shortages?partNumber=" + partNumber + "&status=" + status), false);
  }

  @Property(tries = TRIES)
  void rescueReport(@ForAll("readers") String user, @ForAll("months") String month,
      @ForAll("reportPaths") String path) {
    expectNoChange(() -> http.get(user, path + "?month=" + month), false);
  }

  @Property(tries = TRIES)
  void reviewCandidates(@ForAll("readers") String user, @ForAll("months") String month) {
    expectNoChange(() -> http.get(user, "/api/reviews/candidates?month=" + month), false);
  }

  @Property(tries = TRIES)
  void notifications(@ForAll("readers") String user, @ForAll("parameters") String businessKey,
      @ForAll("limits") String limit) {
    expectNoChange(() -> http.get(user, "/api/notifications?businessKey=" + businessKey + "&limit=" + limit), false);
  }

  @Property(tries = TRIES)
  void customerSearch(@ForAll("readers") String user, @ForAll("parameters") String name) {
    expectNoChange(() -> http.get(user, "/api/history/customer-cases?name=" + name), false);
  }

  @Property(tries = TRIES)
  void unknownPathsAndMethods(@ForAll("users") String user, @ForAll("segments") String segment,
      @ForAll("methods") String method, @ForAll("jsonValues") String body) {
    expectNoChange(() -> http.send(user, method, "/api/" + segment, body), false);
  }

  // ---- the invariant ----

  private record State(long instances, long intakeRecords, long surveyAnswers, long notifications, long contacts,
      long promises) {}

  private static State state() {
    return new State(history.createHistoricProcessInstanceQuery().count(), count("intake_record"),
        count("survey_answer"), count("notification"), count("part_customer_contact"), count("customer_promise"));
  }

  private static long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  private static void expectNoChange(java.util.function.Supplier<HttpResponse<String>> request, boolean changing) {
    State before = state();
    HttpResponse<String> response = request.get();
    String what = response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " "
        + response.body();
    net.jqwik.api.statistics.Statistics.collect(response.statusCode());
    Assertions.assertThat(response.statusCode()).as(what).isLessThan(500);
    Assertions.assertThat(response.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain("java.");
    if (changing) {
      Assertions.assertThat(response.statusCode()).as(what).isGreaterThanOrEqualTo(400);
    }
    Assertions.assertThat(state()).as(what).isEqualTo(before);
  }

  // ---- who asks ----

  @Provide
  Arbitrary<String> users() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just("integration")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("admin", "auditor", "manager", "regional", "advisor", "parts",
            "storemanager", "sales", "delivery", "quality", "owner")),
        net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)));
  }

  /** For the reads: mostly those who may read (so the parameters get checked), some who may not. */
  @Provide
  Arbitrary<String> readers() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of("auditor", "admin")),
        net.jqwik.api.Tuple.of(2, Arbitraries.of("manager", "regional", "advisor", "parts", "storemanager")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("integration", "sales", "owner")),
        net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)));
  }

  // ---- what they send ----

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.just("application/json")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("text/plain", "application/json; charset=ISO-8859-1",
            "application/json; charset=no-such-charset", "application/x-www-form-urlencoded", "application/xml",
            "multipart/form-data; boundary=x", "*/*", "application/json; charset=UTF-16")));
  }

  @Provide
  Arbitrary<String> invalidSurveys() {
    String valid = SurveyJson.survey("FUZZ-1", 2, Instant.parse(ANSWERED)).strip();
    return hostileBodies(valid, List.of("surveyId", "answeredAt", "score", "comment", "serviceOrderId", "customer",
        "vehicle", "publicOpinionRisk", "id", "name", "phone", "highValue", "model", "plate"));
  }

  @Provide
  Arbitrary<String> invalidShortages() {
    String valid = ApiGroupsTest.shortage("FUZZ-RO-1").strip();
    return hostileBodies(valid, List.of("repairOrderId", "reportedAt", "customer", "vehicle", "part",
        "vehicleCondition", "supplierEta", "id", "name", "phone", "vip", "number"));
  }

  @Provide
  Arbitrary<String> invalidRedAlerts() {
    String valid = ("{\"alertId\":\"FUZZ-RA-1\",\"discoveredAt\":\"" + ANSWERED + "\",\"description\":\"Tailgate gap\","
        + "\"orders\":[{\"orderId\":\"FUZZ-RA-O1\",\"customer\":{\"id\":\"C-RA\",\"name\":\"王先生\",\"phone\":\"+86 138\","
        + "\"highValue\":false},\"vehicle\":{\"vin\":\"LRW3E7FS0RC000001\",\"model\":\"Model Y\"},"
        + "\"deliveryAt\":\"2026-12-01T10:00:00+08:00\",\"severity\":\"MINOR\"}]}");
    return hostileBodies(valid, List.of("alertId", "discoveredAt", "description", "orders", "orderId", "customer",
        "vehicle", "deliveryAt", "severity", "id", "name", "phone", "highValue", "vin", "model", "partNumber"));
  }

  @Provide
  Arbitrary<String> invalidChecklists() {
    String valid = "{\"checklistId\":\"FUZZ-CL-1\",\"customerId\":\"C-FUZZ\",\"orderId\":\"SO-FUZZ\",\"recordedAt\":\""
        + ANSWERED + "\",\"items\":[{\"kind\":\"TIME\",\"description\":\"parts within 24 h\",\"value\":0}]}";
    return hostileBodies(valid, List.of("checklistId", "customerId", "orderId", "recordedAt", "items", "kind",
        "description", "value", "validUntil"));
  }

  @Provide
  Arbitrary<String> reRatings() {
    return Arbitraries.oneOf(hostileBodies("{\"score\":9,\"answeredAt\":\"" + ANSWERED + "\"}",
        List.of("score", "answeredAt")), Arbitraries.just("{\"score\":9,\"answeredAt\":\"" + ANSWERED + "\"}"));
  }

  @Provide
  Arbitrary<String> arrivals() {
    return Arbitraries.oneOf(hostileBodies("{\"arrivedAt\":\"" + ANSWERED + "\"}", List.of("arrivedAt")),
        Arbitraries.of("{}", "", "{\"arrivedAt\":\"" + ANSWERED + "\"}"));
  }

  @Provide
  Arbitrary<String> contacts() {
    String valid = "{\"at\":\"" + ANSWERED + "\",\"channel\":\"PHONE\",\"text\":\"any news?\",\"chasing\":true}";
    return Arbitraries.oneOf(hostileBodies(valid, List.of("at", "channel", "text", "chasing")), Arbitraries.just(valid));
  }

  /**
   * Bodies that are never a valid request: random JSON, the valid body with a field broken, a key
   * twice, text after it, deep nesting, or no JSON at all.
   */
  private Arbitrary<String> hostileBodies(String valid, List<String> fields) {
    Arbitrary<String> field = Arbitraries.of(fields);
    // the unknown field keeps the body invalid when the new value happens to fit; every other
    // field is still checked, bound and validated
    Arbitrary<String> brokenField = Combinators.combine(field, badValues())
        .as((name, value) -> withField(replaceField(valid, name, value), "zzFuzz", "0"));
    Arbitrary<String> unknownField = Combinators.combine(keys(), jsonValues())
        .as((name, value) -> withField(valid, "zz" + name, value));
    // a top-level field twice, or a nested field's name at the top (unknown there)
    Arbitrary<String> duplicateKey = Combinators.combine(field, jsonValues())
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
        Arbitraries.strings().ofMaxLength(40).map(ApiFuzzTest::jsonString),
        Arbitraries.strings().all().ofMaxLength(20).map(ApiFuzzTest::jsonString));
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

  // ---- hostile parameters and path segments ----

  @Provide
  Arbitrary<String> parameters() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "%00", "%25", "%5F", "%27%20OR%201%3D1--", "%0D%0AX-Injected:%201", "%E7%8E%8B",
            "%F0%9F%98%80", "%C0%AF", "%FF%FE", "waiting", "x&status=waiting", "%2B", "a".repeat(5000)),
        Arbitraries.strings().all().ofMaxLength(60).map(ApiFuzzTest::encoded));
  }

  @Provide
  Arbitrary<String> months() {
    return Arbitraries.oneOf(
        Arbitraries.of("2026-01", "", "%2B999999999-12", "-999999999-01", "0000-01", "1999-12", "9999-12", "2026-13",
            "2026-00", "2026-1", "%00", "2026-01%00", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96-01", "2026-01-01", "abc"),
        Combinators.combine(Arbitraries.integers().between(-20_000, 20_000), Arbitraries.integers().between(-1, 14))
            .as((year, month) -> year + "-" + month),
        Arbitraries.strings().all().ofMaxLength(12).map(ApiFuzzTest::encoded));
  }

  @Provide
  Arbitrary<String> limits() {
    return Arbitraries.oneOf(Arbitraries.of("", "0", "-1", "1", "1000", "1001", "abc", "1.5", "%00", "2147483648",
            "%D9%A3", "%2B5", "%205"),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.strings().all().ofMaxLength(12).map(ApiFuzzTest::encoded));
  }

  @Provide
  Arbitrary<String> reportPaths() {
    return Arbitraries.of("/api/reports/rescue", "/api/reports/rescue/cases", "/api/reports/rescue/cases.csv");
  }

  @Provide
  Arbitrary<String> segments() {
    return Arbitraries.oneOf(
        Arbitraries.of("NO-SUCH", "%00", "..", "%2E%2E", "%2F", "..%2F..%2Fengine-rest", "a%3Bb", "%25", "%E7%8E%8B",
            "x".repeat(300), "RO-1%0D%0A", "%20"),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40).map(ApiFuzzTest::encoded));
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
