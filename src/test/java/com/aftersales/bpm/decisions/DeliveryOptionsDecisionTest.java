package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import java.util.stream.Stream;

/**
 * processes/delivery-options.dmn (FIRST) against SPEC 2.7 and 5 (seed 000): the proposal from the
 * facts, and the options of the tier the joint decision gave; a delayed customer who waits gets at least
 * one loaner day (SPEC 5: "3 cars delayed 3 days with a loaner"), the others none required.
 */
class DeliveryOptionsDecisionTest extends DecisionTableTestBase {

  DeliveryOptionsDecisionTest() {
    super("/processes/delivery-options.dmn", "deliveryOptions");
  }
  private static final String ALL = "ACCEPT,WAIT,CANCEL";

  static Stream<Case> cases() {
    return Stream.of(
        //      decided    kind                severity  risk   high   rule                        tier       options        loaner call   authority
        // the joint decision's tier gives its options, whatever the facts
        options("DELIVER", "DELIVERY_QUALITY", "MAJOR",  null,  false, "Rule_DecidedDeliver",       "DELIVER", null,          false, false, 0L, 0L),
        options("CHOICE",  "DELIVERY_QUALITY", "NONE",   null,  false, "Rule_DecidedChoice",        "CHOICE",  ALL,           false, false, 2000L, 600L),
        options("DELAY",   "SUPPLY",           null,     "L3",  false, "Rule_DecidedDelay",         "DELAY",   "WAIT,CANCEL", true,  true,  5000L, 600L),
        options("CHOICE",  "SUPPLY",           null,     "L1",  true,  "Rule_DecidedChoice",        "CHOICE",  ALL,           false, false, 2000L, 600L),
        // seed 000: 7 unaffected delivered, 5 minor choose, 3 major delayed with a loaner and a call
        options(null,      "DELIVERY_QUALITY", "NONE",   null,  false, "Rule_QualityUnaffected",    "DELIVER", null,          false, false, 0L, 0L),
        options(null,      "DELIVERY_QUALITY", "NONE",   null,  true,  "Rule_QualityUnaffected",    "DELIVER", null,          false, false, 0L, 0L),
        options(null,      "DELIVERY_QUALITY", "MINOR",  null,  false, "Rule_QualityMinor",         "CHOICE",  ALL,           false, false, 2000L, 600L),
        options(null,      "DELIVERY_QUALITY", "MINOR",  null,  true,  "Rule_QualityMinorHighValue", "CHOICE", ALL,           false, true,  2000L, 600L),
        options(null,      "DELIVERY_QUALITY", "MAJOR",  null,  false, "Rule_QualityMajor",         "DELAY",   "WAIT,CANCEL", true,  true,  5000L, 600L),
        options(null,      "DELIVERY_QUALITY", "MAJOR",  null,  true,  "Rule_QualityMajor",         "DELAY",   "WAIT,CANCEL", true,  true,  5000L, 600L),
        // supply: a car that cannot drive or a VIP waits with a loaner; the others choose
        options(null,      "SUPPLY",           null,     "L1",  false, "Rule_SupplyCannotDrive",    "DELAY",   "WAIT,CANCEL", true,  true,  5000L, 600L),
        options(null,      "SUPPLY",           null,     "L2",  true,  "Rule_SupplyVip",            "DELAY",   "WAIT,CANCEL", true,  true,  5000L, 600L),
        options(null,      "SUPPLY",           null,     "L2",  false, "Rule_SupplyOther",          "CHOICE",  ALL,           false, false, 2000L, 600L),
        options(null,      "SUPPLY",           null,     "L3",  false, "Rule_SupplyOther",          "CHOICE",  ALL,           false, false, 2000L, 600L));
  }

  private static Case options(String decidedTier, String alertKind, String severity, String riskLevel,
      boolean highValue, String ruleId, String tier, String offeredOptions, boolean loaner, boolean personalCall,
      long compensationAuthority, long suggestedCompensation) {
    return new Case(map("decidedTier", decidedTier, "alertKind", alertKind, "severity", severity,
            "riskLevel", riskLevel, "highValue", highValue), ruleId,
        map("tier", tier, "offeredOptions", offeredOptions, "loaner", loaner, "personalCall", personalCall,
            "compensationAuthority", compensationAuthority, "suggestedCompensation", suggestedCompensation,
            "loanerDailyCost", 150L, "minLoanerDays", "DELAY".equals(tier) ? 1L : 0L));
  }
}
