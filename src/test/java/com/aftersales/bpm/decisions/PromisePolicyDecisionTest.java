package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import java.util.stream.Stream;

/**
 * processes/promise-policy.dmn (UNIQUE) against SPEC 6: free items and service promises are
 * standard up to 1,000 CNY (boundary included); time, price and other promises are always special.
 */
class PromisePolicyDecisionTest extends DecisionTableTestBase {

  PromisePolicyDecisionTest() {
    super("/processes/promise-policy.dmn", "promisePolicy");
  }

  static Stream<Case> cases() {
    return Stream.of(
        //      kind            value     rule                          class
        policy("FREE_SERVICE",  0.0,      "Rule_ServiceWithinStandard", "STANDARD"),
        policy("FREE_SERVICE",  1000.0,   "Rule_ServiceWithinStandard", "STANDARD"),
        policy("SERVICE",       300.0,    "Rule_ServiceWithinStandard", "STANDARD"),
        policy("FREE_SERVICE",  1000.01,  "Rule_ServiceAboveStandard",  "SPECIAL"),
        policy("SERVICE",       5000.0,   "Rule_ServiceAboveStandard",  "SPECIAL"),
        policy("TIME",          0.0,      "Rule_TimePromise",           "SPECIAL"),
        policy("TIME",          20000.0,  "Rule_TimePromise",           "SPECIAL"),
        policy("PRICE",         0.0,      "Rule_PricePromise",          "SPECIAL"),
        policy("PRICE",         800.0,    "Rule_PricePromise",          "SPECIAL"),
        policy("OTHER",         0.0,      "Rule_OtherPromise",          "SPECIAL"));
  }

  private static Case policy(String kind, double value, String ruleId, String promiseClass) {
    return new Case(map("promiseKind", kind, "promiseValue", value), ruleId, map("promiseClass", promiseClass));
  }
}
