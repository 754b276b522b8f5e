package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/crisis-signals.dmn (COLLECT, no aggregation) against SPEC §2.4: one rule per signal, so a
 * case expects the set of all rules that match, each with its signal. Two or more signals force the
 * escalation (the process counts them). Silence, on an update or in words ("没事", "算了"), is a
 * signal; a high-value customer's silence is a second one, so it escalates by itself.
 */
class CrisisSignalsDecisionTest {

  private static final DecisionTable TABLE = new DecisionTable("/processes/crisis-signals.dmn", "crisisSignals");

  private static final String WAIT = "Rule_WaitBeyondTwicePromised";
  private static final String CHASED = "Rule_ChasedTwice";
  private static final String COMPLAINT = "Rule_ComplaintWords";
  private static final String DEADLINE = "Rule_DemandsDeadline";
  private static final String DONT_CARE = "Rule_YouDontCare";
  private static final String QUIET = "Rule_SilentReaction";
  private static final String QUIET_WORDS = "Rule_SilentWords";
  private static final String HV_QUIET = "Rule_HighValueSilentReaction";
  private static final String HV_QUIET_WORDS = "Rule_HighValueSilentWords";

  /** The one output of each rule (SPEC §2.4 signals 1-5, and silence). */
  private static final Map<String, String> SIGNAL = Map.of(
      WAIT, "WAIT_BEYOND_TWICE_PROMISED",
      CHASED, "CHASED_TWICE",
      COMPLAINT, "COMPLAINT_WORDS",
      DEADLINE, "DEMANDS_DEADLINE",
      DONT_CARE, "YOU_DONT_CARE",
      QUIET, "SILENT",
      QUIET_WORDS, "SILENT",
      HV_QUIET, "HIGH_VALUE_SILENT",
      HV_QUIET_WORDS, "HIGH_VALUE_SILENT");

  /** One test row: inputs -> every rule that must match (none = no signal). */
  record SignalCase(Map<String, Object> inputs, Set<String> ruleIds) {
    @Override
    public String toString() {
      return inputs + " -> " + ruleIds;
    }
  }

  static Stream<SignalCase> cases() {
    return Stream.of(
        //      waitedBeyond2x  chases  latestContactText                                rules
        // no signal
        signals(false,          0,      null),
        signals(null,           null,   null),
        new SignalCase(map(), Set.of()), // no variable set yet: the wait timer can fire before any contact
        signals(false,          1,      ""),
        signals(false,          1,      "好的,到了通知我。"),
        signals(false,          1,      "Fine, thanks."),
        signals(false,          0,      "Please call me immediately when it arrives"), // "media" inside a word is no media
        signals(false,          0,      "I will tell the media",                         COMPLAINT),
        // one signal each
        signals(true,           0,      null,                                            WAIT),
        new SignalCase(map("waitedBeyondTwicePromised", true), Set.of(WAIT)), // chases and text never set
        signals(false,          2,      null,                                            CHASED),
        signals(false,          3,      "还没到?",                                       CHASED),
        signals(false,          1,      "我要投诉你们",                                  COMPLAINT),
        signals(false,          0,      "我要曝光他们!",                                  COMPLAINT),
        signals(false,          0,      "我会找律师",                                    COMPLAINT),
        signals(false,          0,      "I will expose this to the media",               COMPLAINT),
        signals(false,          0,      "I want to COMPLAIN",                            COMPLAINT),
        signals(false,          0,      "You will hear from my lawyer",                  COMPLAINT),
        signals(false,          0,      "给我个准信",                                    DEADLINE),
        signals(false,          1,      "到底什么时候能修?给个准信!",                     DEADLINE),
        signals(false,          0,      "告诉我最后期限",                                DEADLINE),
        signals(false,          0,      "I need a definite answer",                      DEADLINE),
        signals(false,          0,      "Give me a final deadline",                      DEADLINE),
        signals(false,          0,      "What is the Deadline?",                         DEADLINE),
        signals(false,          0,      "你们根本不在乎我!",                              DONT_CARE),
        signals(false,          0,      "你们太不负责任了",                              DONT_CARE),
        signals(false,          0,      "You DON'T CARE",                                DONT_CARE),
        signals(false,          0,      "you don\u2019t care at all",                    DONT_CARE),
        signals(false,          0,      "You do not care about your customers",          DONT_CARE),
        signals(false,          0,      "This is IRRESPONSIBLE",                         DONT_CARE),
        // silence (seed 003, case 3): on an update, or in words
        quiet("CALM",    null,                 false, false),
        quiet("ANGRY",   null,                 true,  true),
        quiet("CALM",    "好的,到了通知我。",  true,  true),
        quiet("SILENT",  null,                 false, false,  QUIET),
        quiet("SILENT",  null,                 null,  null,   QUIET),
        quiet(null,      "没事",               false, false,  QUIET_WORDS),
        quiet(null,      "算了,下次换别家",    false, false,  QUIET_WORDS),
        quiet(null,      "Never mind.",        false, false,  QUIET_WORDS),
        quiet(null,      "forget it",          false, false,  QUIET_WORDS),
        // a high-value or VIP customer's silence: two signals at once
        quiet("SILENT",  null,                 true,  false,  QUIET, HV_QUIET),
        quiet("SILENT",  null,                 false, true,   QUIET, HV_QUIET),
        quiet(null,      "没事。",             true,  false,  QUIET_WORDS, HV_QUIET_WORDS),
        quiet("SILENT",  "算了",               false, true,   QUIET, QUIET_WORDS, HV_QUIET, HV_QUIET_WORDS),
        // two or more signals: the escalation case
        signals(false,          2,      "给我个准信",                                    CHASED, DEADLINE),
        signals(true,           2,      null,                                            WAIT, CHASED),
        signals(true,           0,      "我要投诉",                                      WAIT, COMPLAINT),
        signals(false,          0,      "你们不在乎,我要曝光",                            COMPLAINT, DONT_CARE),
        signals(false,          0,      "Irresponsible! Final deadline or my lawyer calls", COMPLAINT, DEADLINE, DONT_CARE),
        signals(true,           4,      "你们不负责任,给我个准信,不然找媒体曝光、找律师",   WAIT, CHASED, COMPLAINT, DEADLINE, DONT_CARE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesTheExpectedRulesAndSignals(SignalCase c) {
    Map<String, Map<String, Object>> matched = TABLE.evaluateAll(c.inputs());

    Map<String, Map<String, Object>> expected = new LinkedHashMap<>();
    c.ruleIds().forEach(ruleId -> expected.put(ruleId, map("signal", SIGNAL.get(ruleId))));
    Assertions.assertThat(matched.keySet()).as("rules matched by %s", c.inputs())
        .containsExactlyInAnyOrderElementsOf(c.ruleIds());
    Assertions.assertThat(matched).as("signals for %s", c.inputs()).isEqualTo(expected);
  }

  @Test
  void everyRuleOfTheTableHasACase() {
    Set<String> exercised = cases().flatMap(c -> TABLE.evaluateAll(c.inputs()).keySet().stream())
        .collect(Collectors.toSet());

    Assertions.assertThat(exercised).as("rules exercised by the cases")
        .containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  private static SignalCase quiet(String customerReaction, String latestContactText, Boolean highValue,
      Boolean vip, String... ruleIds) {
    return new SignalCase(map("customerReaction", customerReaction, "latestContactText", latestContactText,
        "highValue", highValue, "vipHandling", vip), new LinkedHashSet<>(Arrays.asList(ruleIds)));
  }

  private static SignalCase signals(Boolean waitedBeyondTwicePromised, Integer consecutiveChases,
      String latestContactText, String... ruleIds) {
    return new SignalCase(map("waitedBeyondTwicePromised", waitedBeyondTwicePromised,
        "consecutiveChases", consecutiveChases, "latestContactText", latestContactText),
        new LinkedHashSet<>(Arrays.asList(ruleIds)));
  }
}
