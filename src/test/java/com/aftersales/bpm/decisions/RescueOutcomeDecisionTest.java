package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import com.aftersales.bpm.decisions.DecisionTable.Result;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** processes/rescue-outcome.dmn (FIRST) against SPEC §1.4. A null re-rating means none came. */
class RescueOutcomeDecisionTest {

  private static final DecisionTable TABLE = new DecisionTable("/processes/rescue-outcome.dmn", "rescueOutcome");

  static Stream<Case> cases() {
    return Stream.of(
        //      response     reRating  rule                             outcome
        outcome("CHURNED",   null,     "Rule_Churned",                  "CHURNED"),
        outcome("CHURNED",   10,       "Rule_Churned",                  "CHURNED"),
        outcome("CHURNED",   7,        "Rule_Churned",                  "CHURNED"),
        outcome("CHURNED",   0,        "Rule_Churned",                  "CHURNED"),
        outcome("ACCEPTED",  9,        "Rule_Promoter",                 "PROMOTER"),
        outcome("ACCEPTED",  10,       "Rule_Promoter",                 "PROMOTER"),
        outcome("REFUSED",   9,        "Rule_Promoter",                 "PROMOTER"),
        outcome("ACCEPTED",  7,        "Rule_RecoveredByReRating",      "RECOVERED"),
        outcome("ACCEPTED",  8,        "Rule_RecoveredByReRating",      "RECOVERED"),
        outcome("REFUSED",   8,        "Rule_RecoveredByReRating",      "RECOVERED"),
        outcome("ACCEPTED",  0,        "Rule_StillDetractor",           "NOT_RECOVERED"),
        outcome("ACCEPTED",  6,        "Rule_StillDetractor",           "NOT_RECOVERED"),
        outcome("REFUSED",   3,        "Rule_StillDetractor",           "NOT_RECOVERED"),
        outcome("ACCEPTED",  null,     "Rule_AcceptedWithoutReRating",  "RECOVERED"),
        outcome("REFUSED",   null,     "Rule_RefusedWithoutReRating",   "NOT_RECOVERED"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesTheExpectedRuleAndOutputs(Case c) {
    Result result = TABLE.evaluate(c.inputs());

    Assertions.assertThat(result.ruleId()).as("rule matched by %s", c.inputs()).isEqualTo(c.ruleId());
    Assertions.assertThat(result.outputs()).as("outputs for %s", c.inputs()).isEqualTo(c.outputs());
  }

  @Test
  void everyRuleOfTheTableHasACase() {
    Set<String> exercised = cases().map(c -> TABLE.evaluate(c.inputs()).ruleId()).collect(Collectors.toSet());

    Assertions.assertThat(exercised).as("rules exercised by the cases").containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  private static Case outcome(String customerResponse, Integer reRatingScore, String ruleId, String outcome) {
    return new Case(map("customerResponse", customerResponse, "reRatingScore", reRatingScore),
        ruleId, map("outcome", outcome));
  }
}
