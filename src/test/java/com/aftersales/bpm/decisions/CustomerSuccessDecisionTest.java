package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import java.util.stream.Stream;

/**
 * processes/customer-success.dmn (FIRST) against SPEC 6: a customer with a lifetime value over
 * 500,000 CNY has a customer success manager; 500,000 itself, less, and no value from the CRM do not.
 * The values arrive as the intake stores them: a whole number as a Long, else a Double.
 */
class CustomerSuccessDecisionTest extends DecisionTableTestBase {

  CustomerSuccessDecisionTest() {
    super("/processes/customer-success.dmn", "customerSuccess");
  }

  static Stream<Case> cases() {
    return Stream.of(
        //        lifetime value  rule                            success-managed
        customer(500000.01,       "Rule_OverFiveHundredThousand", true),
        customer(500001L,         "Rule_OverFiveHundredThousand", true),
        customer(2_000_000L,      "Rule_OverFiveHundredThousand", true),
        customer(500000L,         "Rule_OtherCustomers",          false),
        customer(499999.99,       "Rule_OtherCustomers",          false),
        customer(300000L,         "Rule_OtherCustomers",          false),
        customer(0L,              "Rule_OtherCustomers",          false),
        customer(null,            "Rule_OtherCustomers",          false));
  }

  private static Case customer(Number lifetimeValue, String ruleId, boolean successManaged) {
    return new Case(map("lifetimeValue", lifetimeValue), ruleId, map("successManaged", successManaged));
  }
}
