package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import java.util.stream.Stream;

/**
 * processes/compensation-approval.dmn (FIRST) against SPEC §4.2. Authorities per grade: S 5000 (the service manager
 * responds), A 2000, B 500 (an advisor responds).
 * Whole amounts are passed as Long (the process sums long form values), amounts with cents as Double.
 */
class CompensationApprovalDecisionTest extends DecisionTableTestBase {

  CompensationApprovalDecisionTest() {
    super("/processes/compensation-approval.dmn", "compensationApproval");
  }

  static Stream<Case> cases() {
    return Stream.of(
        //       total     authority  risk    responsibility    responder          rule                                    approvalLevel        approverGroup
        // within the grade's authority (boundary included) -> automatic
        approval(500L,     500,       false,  "OURS",           "service-advisor", "Rule_WithinAuthority",                 "AUTO",              null),
        approval(2000L,    2000,      false,  "SHARED",         "service-advisor", "Rule_WithinAuthority",                 "AUTO",              null),
        approval(5000L,    5000,      false,  "OURS",           "service-manager", "Rule_WithinAuthority",                 "AUTO",              null),
        approval(0L,       500,       false,  "FORCE_MAJEURE",  "service-advisor", "Rule_WithinAuthority",                 "AUTO",              null),
        // one above the authority -> service manager (up to 5000)
        approval(501L,     500,       false,  "OURS",           "service-advisor", "Rule_AboveAuthority",                  "SERVICE_MANAGER",   "service-manager"),
        approval(2001L,    2000,      false,  "SHARED",         "service-advisor", "Rule_AboveAuthority",                  "SERVICE_MANAGER",   "service-manager"),
        approval(5000L,    2000,      false,  "OURS",           "service-advisor", "Rule_AboveAuthority",                  "SERVICE_MANAGER",   "service-manager"),
        // above 5000 -> regional manager, whatever the authority
        approval(5001L,    5000,      false,  "OURS",           "service-manager", "Rule_AboveFiveThousand",               "REGIONAL_MANAGER",  "regional-manager"),
        approval(5000.01,  5000,      false,  "OURS",           "service-manager", "Rule_AboveFiveThousand",               "REGIONAL_MANAGER",  "regional-manager"),
        approval(5000.01,  2000,      false,  "SHARED",         "service-advisor", "Rule_AboveFiveThousand",               "REGIONAL_MANAGER",  "regional-manager"),
        approval(6000L,    5000,      true,   "CUSTOMER",       "service-manager", "Rule_AboveFiveThousand",               "REGIONAL_MANAGER",  "regional-manager"),
        // public-opinion risk above 2000 -> regional manager, even within grade S's authority
        approval(2000L,    5000,      true,   "OURS",           "service-manager", "Rule_WithinAuthority",                 "AUTO",              null),
        approval(2000.01,  5000,      true,   "OURS",           "service-manager", "Rule_PublicOpinionAboveTwoThousand",   "REGIONAL_MANAGER",  "regional-manager"),
        approval(2000.01,  5000,      false,  "OURS",           "service-manager", "Rule_WithinAuthority",                 "AUTO",              null),
        approval(3000L,    5000,      true,   "CUSTOMER",       "service-manager", "Rule_PublicOpinionAboveTwoThousand",   "REGIONAL_MANAGER",  "regional-manager"),
        // customer responsibility: goodwill only, above 500 -> service manager; a plan the service manager designed
        // himself (grade S) is within his own authority: no approval for him to sign his own plan
        approval(500L,     2000,      false,  "CUSTOMER",       "service-advisor", "Rule_WithinAuthority",                 "AUTO",              null),
        approval(501L,     5000,      false,  "CUSTOMER",       "service-manager", "Rule_WithinAuthority",                 "AUTO",              null),
        approval(5000L,    5000,      false,  "CUSTOMER",       "service-manager", "Rule_WithinAuthority",                 "AUTO",              null),
        approval(501L,     5000,      false,  "CUSTOMER",       null,              "Rule_CustomerResponsibilityGoodwill",  "SERVICE_MANAGER",   "service-manager"),
        approval(500.01,   2000,      false,  "CUSTOMER",       "service-advisor", "Rule_CustomerResponsibilityGoodwill",  "SERVICE_MANAGER",   "service-manager"));
  }

  private static Case approval(Number totalCompensation, int compensationAuthority, boolean publicOpinionRisk,
      String responsibility, String responderGroup, String ruleId, String approvalLevel, String approverGroup) {
    return new Case(map("totalCompensation", totalCompensation, "compensationAuthority", compensationAuthority,
            "publicOpinionRisk", publicOpinionRisk, "responsibility", responsibility, "responderGroup", responderGroup),
        ruleId, map("approvalLevel", approvalLevel, "approverGroup", approverGroup));
  }
}
