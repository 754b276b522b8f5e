package com.aftersales.bpm.common;

import static java.util.Map.entry;

import com.aftersales.bpm.support.CodeSources;
import com.aftersales.bpm.support.RawText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The one catalog of staff words (issue 15): every code the application stores — each enum's
 * constants, each DMN output's values, the codes the models set — and every variable name staff
 * could meet has its English and its Chinese word, and durations, timer cycles and lists read as
 * people write them.
 */
class StaffWordsTest {

  /**
   * The kind of words each enum's constants are. A new enum fails {@link #everyConstantOfEveryEnumHasBothWords}
   * until it is named here and worded in the catalog; an enum named here that this version lacks is ignored.
   */
  private static final Map<String, String> ENUM_KINDS = Map.ofEntries(
      entry("VehicleCondition", "vehicleCondition"),
      entry("FollowUp", "followUp"),
      entry("IntakeResult.Action", "intakeAction"),
      entry("OutsideEventAnswer.Status", "eventOutcome"),
      entry("OutsideEventGate.State", "eventState"),
      entry("OutsideEventGate.Outcome", "eventOutcome"),
      entry("ReviewCandidate.Kind", "caseKind"),
      entry("CustomerContact.Channel", "contactChannel"),
      entry("CustomerContactService.Phase", "contactPhase"),
      entry("ApprovalDecision", "approvalDecision"),
      entry("CustomerOption", "customerOption"),
      entry("WaitingBenefit", "mobility"),
      entry("PassiveFollowUpOutcome", "passiveFollowUpOutcome"),
      entry("AlertKind", "alertKind"),
      entry("Severity", "severity"),
      entry("DeliveryTier", "deliveryTier"),
      entry("CustomerChoice", "customerChoice"),
      entry("DecidedBy", "decidedBy"),
      entry("PromiseKind", "promiseKind"),
      entry("PromiseState", "promiseState"),
      entry("PromiseClass", "promiseClass"),
      entry("PromiseDecision", "promiseDecision"),
      entry("RescueOutcome", "outcome"),
      entry("VehicleOrderTable.Source", "orderSource"),
      entry("RootCause", "rootCause"));

  private final StaffWords words = new StaffWords();

  @Test
  void everyWordHasItsEnglishAndItsChinese() {
    List<String> problems = new ArrayList<>();
    words.catalog().kinds().forEach((kind, codes) -> codes.forEach((code, word) ->
        check(problems, kind + "." + code, word.en(), word.zh())));
    words.catalog().variables().forEach((name, v) -> {
      check(problems, "variable " + name, v.en(), v.zh());
      if (v.kind() != null && !words.catalog().kinds().containsKey(v.kind())) {
        problems.add("variable " + name + " names the unknown kind " + v.kind());
      }
      if (v.type() != null && !Set.of("duration", "cycle").contains(v.type())) {
        problems.add("variable " + name + " has the unknown type " + v.type());
      }
    });
    Assertions.assertThat(problems).isEmpty();
  }

  private static void check(List<String> problems, String what, String en, String zh) {
    if (en == null || !en.matches("(?s).*[A-Za-z≤>].*") || en.contains(" / ")) {
      problems.add(what + ": no English word: " + en);
    }
    if (zh == null || !zh.matches("(?s).*\\p{IsHan}.*") || zh.contains(" / ")) {
      problems.add(what + ": no Chinese word: " + zh);
    }
  }

  @Test
  void everyConstantOfEveryEnumHasBothWords() {
    Map<String, Class<?>> enums = CodeSources.enums();
    Assertions.assertThat(enums).containsKeys("VehicleCondition", "OutsideEventGate.State");
    List<String> problems = new ArrayList<>();
    enums.forEach((name, type) -> {
      String kind = ENUM_KINDS.get(name);
      if (kind == null) {
        problems.add("enum " + name + " has no kind of words: name it in ENUM_KINDS and word it in " + StaffWords.RESOURCE);
        return;
      }
      for (Object constant : type.getEnumConstants()) {
        if (words.word(kind, ((Enum<?>) constant).name()).isEmpty()) {
          problems.add(name + "." + constant + " has no words in kind " + kind);
        }
      }
    });
    Assertions.assertThat(problems).isEmpty();
  }

  @Test
  void everyValueOfEveryDecisionTableOutputHasBothWords() {
    Map<String, Set<String>> outputs = CodeSources.dmnOutputs();
    Assertions.assertThat(outputs).containsKeys("grade", "outcome", "loanerEntitlement", "managerDeadline", "updateCadence");
    List<String> problems = new ArrayList<>();
    outputs.forEach((output, values) -> values.forEach(value -> valueProblem("DMN output " + output, output, value)
        .ifPresent(problems::add)));
    CodeSources.modelLiterals().forEach((variable, values) -> values.forEach(value ->
        valueProblem("model literal " + variable, variable, value).ifPresent(problems::add)));
    Assertions.assertThat(problems).isEmpty();
  }

  /** A value staff would read as a raw code: a code of its variable's kind without words, or a code-like value without a kind. */
  private java.util.Optional<String> valueProblem(String where, String variable, String value) {
    StaffWords.Variable about = words.catalog().variables().get(variable);
    if (about == null) {
      return java.util.Optional.of(where + ": the variable has no words");
    }
    boolean literal = value.matches("-?\\d+(\\.\\d+)?|true|false");
    if (literal) {
      return java.util.Optional.empty();
    }
    if ("duration".equals(about.type()) && StaffWords.durationWord(value).isPresent()
        || "cycle".equals(about.type()) && StaffWords.cycleWord(value).isPresent()) {
      return java.util.Optional.empty();
    }
    if (about.kind() == null) {
      return java.util.Optional.of(where + " = " + value + ": a code without a kind of words");
    }
    for (String code : value.split("\\s*,\\s*")) {
      if (words.word(about.kind(), code).isEmpty()) {
        return java.util.Optional.of(where + " = " + code + ": no words in kind " + about.kind());
      }
    }
    return java.util.Optional.empty();
  }

  @Test
  void everyVariableStaffCanMeetHasItsNameInWords() {
    Set<String> names = new TreeSet<>(CodeSources.typedVariables().keySet());
    names.addAll(CodeSources.dmnOutputs().keySet());
    names.addAll(CodeSources.modelLiterals().keySet());
    for (JsonNode form : CodeSources.forms().values()) {
      CodeSources.components(form).stream().map(c -> c.path("key").asText(""))
          .filter(key -> !key.isEmpty()).forEach(names::add);
    }
    names.addAll(List.of("notificationChannel", "notificationRecipient", "notificationSubject", "notificationMessage"));
    Assertions.assertThat(names).hasSizeGreaterThan(150);
    Assertions.assertThat(names).allSatisfy(name -> Assertions.assertThat(words.catalog().variables())
        .as("words for the variable %s in %s", name, StaffWords.RESOURCE).containsKey(name));
  }

  @Test
  void codesDurationsAndCyclesReadAsTheBrowserShowsThem() throws Exception {
    JsonNode examples;
    try (var in = getClass().getResourceAsStream("/words/staff-words-examples.json")) {
      examples = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
    }
    examples.get("codes").forEach(e -> Assertions.assertThat(words.of(e.get(0).asText(), e.get(1).asText()))
        .as(e.toString()).isEqualTo(e.get(2).asText()));
    examples.get("durations").forEach(e -> Assertions.assertThat(words.duration(e.get(0).asText()))
        .as(e.toString()).isEqualTo(e.get(1).asText()));
    examples.get("cycles").forEach(e -> Assertions.assertThat(words.cycle(e.get(0).asText()))
        .as(e.toString()).isEqualTo(e.get(1).asText()));
    Assertions.assertThat(examples.get("codes").size() + examples.get("durations").size()).isGreaterThan(10);
  }

  @Test
  void listsReadWordByWordAndNothingIsHidden() {
    Assertions.assertThat(words.of("group", List.of("sales", "delivery"))).isEqualTo("Sales / 销售, Delivery / 交付");
    Assertions.assertThat(words.of("outcome", null)).isEqualTo("—");
    Assertions.assertThat(words.of("outcome", " ")).isEqualTo("—");
    Assertions.assertThat(words.variable("rootCauseCategory")).isEqualTo("Root cause category / 根本原因类别");
    Assertions.assertThat(words.variable("noSuchVariable")).isEqualTo("noSuchVariable");
    Assertions.assertThat(words.duration(null)).isEqualTo("—");
  }

  @Test
  void theScanForRawTextFindsCodesNamesDurationsAndDateStringsButNotWords() {
    RawText raw = RawText.of(words);
    for (String text : List.of("Outcome NOT_RECOVERED", "loaner: SAME_CLASS_LOANER", "responder service-manager",
        "step userTask", "see loanerEntitlement", "within PT2H", "every R/P3D", "due Fri Nov 27 23:59:20 CST 2026",
        "due 2026-11-27T23:59:20Z", "Dear ${customerName}", "RED alert")) {
      Assertions.assertThat(raw.problems("text", text)).as(text).isNotEmpty();
    }
    for (String text : List.of(words.of("outcome", "NOT_RECOVERED"), words.of("grade", "S"), words.of("riskLevel", "L1"),
        words.duration("PT2H"), "due 2026-11-27 23:59", "First contact P90", "sales and delivery", "Complete the task",
        "Order RO-88012, part P-4711")) {
      Assertions.assertThat(raw.problems("text", text)).as(text).isEmpty();
    }
  }
}
