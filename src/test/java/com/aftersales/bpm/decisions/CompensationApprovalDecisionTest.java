package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import java.util.stream.Stream;

/**
 * processes/compensation-approval.dmn (FIRST) against SPEC §4.2. Authorities per grade: S 5000, A 2000, B 500.
 * Whole amounts are passed as Long (the process sums long form values), amounts with cents as Double.
 */
class CompensationApprovalDecisionTest extends DecisionTableTestBase {

  CompensationApprovalDecisionTest() {
    super("/processes/compensation-approval.dmn", "compensationApproval");
  }

  static Stream<Case> cases() {
    return Stream.of(
        //       total     authority  risk    responsibility    rule                                    approvalLevel        approverGroup
        // within the grade's authority (boundary included) -> automatic
        approval(500L,     500,       false,  "OURS",           "Rule_WithinAuthority",                 "AUTO",              null),
        approval(2000L,    2000,      false,  "SHARED",         "Rule_WithinAuthority",                 "AUTO",              null),
        approval(5000L,    5000,      false,  "OURS",           "Rule_WithinAuthority",                 "AUTO",              null),
        approval(0L,       500,       false,  "FORCE_MAJEURE",  "Rule_WithinAuthority",                 "AUTO",              null),
        // one above the authority -> service manager (up to 5000)
        approval(501L,     500,       false,  "OURS",           "Rule_AboveAuthority",                  "SERVICE_MANAGER",   "service-manager"),
        approval(2001L,    2000,      false,  "SHARED",         "Rule_AboveAuthority",                  "SERVICE_MANAGER",   "service-manager"),
        approval(5000L,    2000,      false,  "OURS",           "Rule_AboveAuthority",                  "SERVICE_MANAGER",   "service-manager"),
        // above 5000 -> regional manager, whatever the authority
        approval(5001L,    5000,      false,  "OURS",           "Rule_AboveFiveThousand",               "REGIONAL_MANAGER",  "regional-manager"),
        approval(5000.01,  5000,      false,  "OURS",           "Rule_AboveFiveThousand",               "REGIONAL_MANAGER",  "regional-manager"),
        approval(5000.01,  2000,      false,  "SHARED",         "Rule_AboveFiveThousand",               "REGIONAL_MANAGER",  "regional-manager"),
        approval(6000L,    5000,      true,   "CUSTOMER",       "Rule_AboveFiveThousand",               "REGIONAL_MANAGER",  "regional-manager"),
        // public-opinion risk above 2000 -> regional manager, even within grade S's authority
        approval(2000L,    5000,      true,   "OURS",           "Rule_WithinAuthority",                 "AUTO",              null),
        approval(2000.01,  5000,      true,   "OURS",           "Rule_PublicOpinionAboveTwoThousand",   "REGIONAL_MANAGER",  "regional-manager"),
        approval(2000.01,  5000,      false,  "OURS",           "Rule_WithinAuthority",                 "AUTO",              null),
        approval(3000L,    5000,      true,   "CUSTOMER",       "Rule_PublicOpinionAboveTwoThousand",   "REGIONAL_MANAGER",  "regional-manager"),
        // customer responsibility: goodwill only, above 500 -> service manager, even within grade S's authority
        approval(500L,     5000,      false,  "CUSTOMER",       "Rule_WithinAuthority",                 "AUTO",              null),
        approval(501L,     5000,      false,  "CUSTOMER",       "Rule_CustomerResponsibilityGoodwill",  "SERVICE_MANAGER",   "service-manager"),
        approval(500.01,   2000,      false,  "CUSTOMER",       "Rule_CustomerResponsibilityGoodwill",  "SERVICE_MANAGER",   "service-manager"));
  }

  private static Case approval(Number totalCompensation, int compensationAuthority, boolean publicOpinionRisk,
      String responsibility, String ruleId, String approvalLevel, String approverGroup) {
    return new Case(map("totalCompensation", totalCompensation, "compensationAuthority", compensationAuthority,
            "publicOpinionRisk", publicOpinionRisk, "responsibility", responsibility),
        ruleId, map("approvalLevel", approvalLevel, "approverGroup", approverGroup));
  }
}
