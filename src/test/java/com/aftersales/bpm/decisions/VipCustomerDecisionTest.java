package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * processes/parts-risk-level.dmn, decision vipCustomer (FIRST), which partsRiskLevel requires:
 * seed 003's "Model S owner = high-end customer = VIP handling", so a flagship driver or a customer
 * of high lifetime value (over 500,000, the SPEC's line for a success manager) is a VIP even when the
 * dealer system did not mark them.
 */
class VipCustomerDecisionTest extends DecisionTableTestBase {

  VipCustomerDecisionTest() {
    super("/processes/parts-risk-level.dmn", "vipCustomer");
  }

  static Stream<Case> cases() {
    return Stream.of(
        //     marked  model      lifetime value            rule                      VIP
        vip(true,  "Model 3", null,                         "Rule_MarkedVip",         true),
        vip(false, "Model S", null,                         "Rule_FlagshipModel",     true),
        vip(null,  "Model X", BigDecimal.valueOf(1000),     "Rule_FlagshipModel",     true),
        vip(false, "Model S Plaid", null,                   "Rule_FlagshipModel",     true),
        vip(false, "Model 3", new BigDecimal("500000.01"),  "Rule_HighLifetimeValue", true),
        vip(false, "Model Y", new BigDecimal("500000.00"),  "Rule_NotVip",            false),
        vip(false, " model s ", null,                       "Rule_FlagshipModel",     true),
        vip(false, "MODEL X PLAID", null,                   "Rule_FlagshipModel",     true),
        vip(false, "Model 3 S", null,                       "Rule_NotVip",            false),
        vip(null,  null,      null,                         "Rule_NotVip",            false));
  }

  private static Case vip(Boolean marked, String vehicleModel, BigDecimal lifetimeValue, String ruleId, boolean vip) {
    return new Case(map("vip", marked, "vehicleModel", vehicleModel, "lifetimeValue", lifetimeValue), ruleId,
        map("vipCustomer", vip));
  }
}
