package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.aftersales.bpm.decisions.DecisionTable.Case;
import com.aftersales.bpm.redalert.AlertKind;
import java.util.Arrays;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * processes/red-alert-windows.dmn (UNIQUE) against SPEC 2.7 and 5 (seed 000): the joint decision
 * within 30 minutes of discovery, a supply alert's plan within 48 hours, a waiting customer
 * updated every day (each update within 4 hours), the three-party review within 12 hours of the last
 * order settled (the seed's "same evening"); a delivery-quality alert reaches phones at once (URGENT), a
 * supply alert's 48-hour plan is a message (ALERT); a replacement is promised within 7 days of today for a
 * quality alert (the offer is "wait 3 days"), within 30 for a supply alert's stock-out.
 */
class RedAlertWindowsDecisionTest extends DecisionTableTestBase {

  RedAlertWindowsDecisionTest() {
    super("/processes/red-alert-windows.dmn", "redAlertWindows");
  }

  static Stream<Case> cases() {
    return Stream.of(
        //      alert kind          rule                    decision window  progress update  update due  review due  channel   replacement by
        windows("DELIVERY_QUALITY", "Rule_DeliveryQuality", "PT30M",         "R/P1D",         "PT4H",     "PT12H",    "URGENT", "P7D"),
        windows("SUPPLY",           "Rule_Supply",          "PT48H",         "R/P1D",         "PT4H",     "PT12H",    "ALERT",  "P30D"));
  }

  @Test
  void everyAlertKindHasItsRule() {
    Assertions.assertThat(Arrays.stream(AlertKind.values()).map(kind -> table().evaluate(map("alertKind", kind.name())).ruleId()))
        .doesNotHaveDuplicates().hasSize(AlertKind.values().length);
  }

  @Test
  void aKindTheTableDoesNotKnowMatchesNoRule() {
    Assertions.assertThatThrownBy(() -> table().evaluate(map("alertKind", "RECALL")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("but got []");
  }

  private static Case windows(String alertKind, String ruleId, String decisionWindow, String progressUpdateCycle,
      String progressUpdateWithin, String reviewWithin, String alertChannel, String replacementWithin) {
    return new Case(map("alertKind", alertKind), ruleId, map("decisionWindow", decisionWindow,
        "progressUpdateCycle", progressUpdateCycle, "progressUpdateWithin", progressUpdateWithin, "reviewWithin", reviewWithin,
        "alertChannel", alertChannel, "replacementWithin", replacementWithin));
  }
}
