package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import java.util.Map;
import java.util.stream.Stream;

/** processes/nps-alert-grade.dmn (UNIQUE) against SPEC §1.1 and §1.2. */
class NpsAlertGradeDecisionTest extends DecisionTableTestBase {

  NpsAlertGradeDecisionTest() {
    super("/processes/nps-alert-grade.dmn", "npsAlertGrade");
  }

  // All fifteen outputs of each kind of result (SPEC §1.1 alert table, §1.2 grade table and its Decision): who is
  // notified (the service manager for every red and yellow alert) and how (red: URGENT, at once to phones; yellow:
  // ALERT, a message; no alert for the others), who may take the first contact in Tasklist
  // (grade A: the advisor executes, the manager supervises and may take it), the Tasklist priority of the case's
  // tasks and the SOP windows of §1.3 counted from the low score (grade B's first two move with its 24 h SLA).
  private static final String ADVISOR = "service-advisor";
  private static final String MANAGER = "service-manager";
  private static final String BOTH = "service-advisor,service-manager";
  private static final Window SOP = new Window("PT8H", "PT12H", "PT72H");
  private static final Window SOP_AFTER_24H_CONTACT = new Window("PT28H", "PT32H", "PT72H");
  private static final Window NONE = new Window(null, null, null);
  //                                                                   alert     channel   followUp             grade  sla      responder  escalation          authority  homeVisit  notified  firstContact  priority  windows
  private static final Map<String, Object> GRADE_S =            outputs("RED",    "URGENT", "RESCUE",            "S",  "PT2H",  MANAGER,   "regional-manager", 5000,      true,      MANAGER,  MANAGER,      90,       SOP);
  private static final Map<String, Object> GRADE_A =            outputs("YELLOW", "ALERT",  "RESCUE",            "A",  "PT6H",  ADVISOR,   "regional-manager", 2000,      false,     BOTH,     BOTH,         70,       SOP);
  private static final Map<String, Object> GRADE_A_HOME_VISIT = outputs("YELLOW", "ALERT",  "RESCUE",            "A",  "PT6H",  ADVISOR,   "regional-manager", 2000,      true,      BOTH,     BOTH,         70,       SOP);
  private static final Map<String, Object> GRADE_B =            outputs("YELLOW", "ALERT",  "RESCUE",            "B",  "PT24H", ADVISOR,   MANAGER,            500,       false,     BOTH,     ADVISOR,      50,       SOP_AFTER_24H_CONTACT);
  private static final Map<String, Object> PASSIVE_FOLLOW_UP =  outputs("ORANGE", null,     "PASSIVE_FOLLOW_UP", null, "P3D",   ADVISOR,   MANAGER,            null,      false,     null,     null,         30,       NONE);
  private static final Map<String, Object> RECORD_ONLY =        outputs("NONE",   null,     "RECORD_ONLY",       null, null,    null,      null,               null,      false,     null,     null,         null,     NONE);

  /** Steps 3, 4 and 5 due this long after the low score (ISO-8601). */
  private record Window(String investigate, String design, String followUp) {}

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

  private static Case nps(int score, boolean publicOpinionRisk, boolean highValue, String ruleId, Map<String, Object> outputs) {
    return new Case(map("score", score, "publicOpinionRisk", publicOpinionRisk, "highValue", highValue), ruleId, outputs);
  }

  private static Map<String, Object> outputs(String alertLevel, String alertChannel, String followUp, String grade, String responseSla,
      String responderGroup, String escalationGroup, Integer compensationAuthority, boolean homeVisitRequired,
      String notifiedGroups, String firstContactGroups, Integer taskPriority, Window within) {
    Map<String, Object> outputs = map("alertLevel", alertLevel, "alertChannel", alertChannel, "followUp", followUp, "grade", grade,
        "responseSla", responseSla, "responderGroup", responderGroup, "escalationGroup", escalationGroup,
        "compensationAuthority", compensationAuthority, "homeVisitRequired", homeVisitRequired,
        "notifiedGroups", notifiedGroups, "firstContactGroups", firstContactGroups);
    outputs.putAll(map("taskPriority", taskPriority, "investigateWithin", within.investigate(),
        "designWithin", within.design(), "followUpWithin", within.followUp()));
    return outputs;
  }
}
