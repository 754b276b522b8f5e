package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import java.util.stream.Stream;

/**
 * processes/promise-policy.dmn (UNIQUE) against SPEC 6: free items and service promises are
 * standard up to 1,000 CNY (boundary included); time, price and other promises are always special,
 * and a special promise's pre-approval is due within 4 hours (the same working day).
 */
class PromisePolicyDecisionTest extends DecisionTableTestBase {

  PromisePolicyDecisionTest() {
    super("/processes/promise-policy.dmn", "promisePolicy");
  }

  static Stream<Case> cases() {
    return Stream.of(
        //      kind            value     rule                          class       pre-approval within
        policy("FREE_SERVICE",  0.0,      "Rule_ServiceWithinStandard", "STANDARD", null),
        policy("FREE_SERVICE",  1000.0,   "Rule_ServiceWithinStandard", "STANDARD", null),
        policy("SERVICE",       300.0,    "Rule_ServiceWithinStandard", "STANDARD", null),
        policy("FREE_SERVICE",  1000.01,  "Rule_ServiceAboveStandard",  "SPECIAL",  "PT4H"),
        policy("SERVICE",       5000.0,   "Rule_ServiceAboveStandard",  "SPECIAL",  "PT4H"),
        policy("TIME",          0.0,      "Rule_TimePromise",           "SPECIAL",  "PT4H"),
        policy("TIME",          20000.0,  "Rule_TimePromise",           "SPECIAL",  "PT4H"),
        policy("PRICE",         0.0,      "Rule_PricePromise",          "SPECIAL",  "PT4H"),
        policy("PRICE",         800.0,    "Rule_PricePromise",          "SPECIAL",  "PT4H"),
        policy("OTHER",         0.0,      "Rule_OtherPromise",          "SPECIAL",  "PT4H"));
  }

  private static Case policy(String kind, double value, String ruleId, String promiseClass, String preApprovalWithin) {
    return new Case(map("promiseKind", kind, "promiseValue", value), ruleId,
        map("promiseClass", promiseClass, "preApprovalWithin", preApprovalWithin));
  }
}
