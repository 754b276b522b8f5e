package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** processes/nps-alert-grade.dmn (UNIQUE) against SPEC §1.1 and §1.2. */
class NpsAlertGradeDecisionTest extends DecisionTableTestBase {

  private static final DecisionTable TABLE = new DecisionTable("/processes/nps-alert-grade.dmn", "npsAlertGrade");

  // All eight outputs of each kind of result (SPEC §1.1 alert table, §1.2 grade table and its Decision).
  //                                                                   alert     followUp             grade  sla      responder          escalation          authority  homeVisit
  private static final Map<String, Object> GRADE_S =            outputs("RED",    "RESCUE",            "S",  "PT2H",  "service-manager", "regional-manager", 5000,      true);
  private static final Map<String, Object> GRADE_A =            outputs("YELLOW", "RESCUE",            "A",  "PT6H",  "service-advisor", "regional-manager", 2000,      false);
  private static final Map<String, Object> GRADE_A_HOME_VISIT = outputs("YELLOW", "RESCUE",            "A",  "PT6H",  "service-advisor", "regional-manager", 2000,      true);
  private static final Map<String, Object> GRADE_B =            outputs("YELLOW", "RESCUE",            "B",  "PT24H", "service-advisor", "service-manager",  500,       false);
  private static final Map<String, Object> PASSIVE_FOLLOW_UP =  outputs("ORANGE", "PASSIVE_FOLLOW_UP", null, "P3D",   "service-advisor", "service-manager",  null,      false);
  private static final Map<String, Object> RECORD_ONLY =        outputs("NONE",   "RECORD_ONLY",       null, null,    null,              null,               null,      false);

  static Stream<Case> cases() {
    return Stream.of(
        //  score  risk    highValue  rule                           outputs
        nps(0,     false,  false,     "Rule_RedDetractor",           GRADE_S),
        nps(3,     false,  false,     "Rule_RedDetractor",           GRADE_S),
        nps(2,     false,  true,      "Rule_RedDetractor",           GRADE_S),
        nps(3,     true,   true,      "Rule_RedDetractor",           GRADE_S),
        nps(4,     true,   false,     "Rule_PublicOpinionRisk",      GRADE_S),
        nps(6,     true,   true,      "Rule_PublicOpinionRisk",      GRADE_S),
        nps(7,     true,   false,     "Rule_PublicOpinionRisk",      GRADE_S),
        nps(8,     true,   false,     "Rule_PublicOpinionRisk",      GRADE_S),
        nps(9,     true,   false,     "Rule_PublicOpinionRisk",      GRADE_S),
        nps(10,    true,   true,      "Rule_PublicOpinionRisk",      GRADE_S),
        nps(4,     false,  false,     "Rule_YellowGradeA",           GRADE_A),
        nps(5,     false,  false,     "Rule_YellowGradeA",           GRADE_A),
        nps(4,     false,  true,      "Rule_YellowGradeAHighValue",  GRADE_A_HOME_VISIT),
        nps(5,     false,  true,      "Rule_YellowGradeAHighValue",  GRADE_A_HOME_VISIT),
        nps(6,     false,  true,      "Rule_HighValueScoreSix",      GRADE_A_HOME_VISIT),
        nps(6,     false,  false,     "Rule_YellowGradeB",           GRADE_B),
        nps(7,     false,  false,     "Rule_OrangePassive",          PASSIVE_FOLLOW_UP),
        nps(7,     false,  true,      "Rule_OrangePassive",          PASSIVE_FOLLOW_UP),
        nps(8,     false,  false,     "Rule_Passive",                RECORD_ONLY),
        nps(8,     false,  true,      "Rule_Passive",                RECORD_ONLY),
        nps(9,     false,  false,     "Rule_Promoter",               RECORD_ONLY),
        nps(10,    false,  false,     "Rule_Promoter",               RECORD_ONLY),
        nps(10,    false,  true,      "Rule_Promoter",               RECORD_ONLY));
  }

  @Override
  DecisionTable table() {
    return TABLE;
  }

  @Override
  Stream<Case> allCases() {
    return cases();
  }

  private static Case nps(int score, boolean publicOpinionRisk, boolean highValue, String ruleId, Map<String, Object> outputs) {
    return new Case(map("score", score, "publicOpinionRisk", publicOpinionRisk, "highValue", highValue), ruleId, outputs);
  }

  private static Map<String, Object> outputs(String alertLevel, String followUp, String grade, String responseSla,
      String responderGroup, String escalationGroup, Integer compensationAuthority, boolean homeVisitRequired) {
    return map("alertLevel", alertLevel, "followUp", followUp, "grade", grade, "responseSla", responseSla,
        "responderGroup", responderGroup, "escalationGroup", escalationGroup,
        "compensationAuthority", compensationAuthority, "homeVisitRequired", homeVisitRequired);
  }
}
