package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import java.util.stream.Stream;

/** processes/rescue-outcome.dmn (FIRST) against SPEC §1.4. A null re-rating means none came. */
class RescueOutcomeDecisionTest extends DecisionTableTestBase {

  RescueOutcomeDecisionTest() {
    super("/processes/rescue-outcome.dmn", "rescueOutcome");
  }

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

  private static Case outcome(String customerResponse, Integer reRatingScore, String ruleId, String outcome) {
    return new Case(map("customerResponse", customerResponse, "reRatingScore", reRatingScore),
        ruleId, map("outcome", outcome));
  }
}
