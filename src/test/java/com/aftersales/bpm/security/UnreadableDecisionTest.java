package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.Deployments.deploy;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Security review of 2026-11-29 (audit-b): a decision table the engine cannot read (a rule without
 * its output entry, as a hand edit leaves it) deployed by the process owner was a 500 saying only
 * "ENGINE-22004 Unable to transform DMN resource", with the stack trace in the log; a BPMN file so
 * is a 400 naming the line. It is a 400 now with the engine's reason, and nothing is deployed.
 */
@ApplicationTest
class UnreadableDecisionTest extends ApplicationTestSupport {

  @Test
  void aDecisionTableTheEngineCannotReadIsRefusedWithItsReason() {
    String table = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="Definitions_Unreadable" name="Unreadable" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="Decision_Unreadable" name="Unreadable" camunda:historyTimeToLive="1095">
            <decisionTable id="Table_Unreadable">
              <input id="Input_A"><inputExpression id="Expression_A" typeRef="string"><text>a</text></inputExpression></input>
              <output id="Output_X" name="x" typeRef="string" />
              <rule id="Rule_WithoutOutput"><inputEntry id="Entry_A"><text>-</text></inputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;

    HttpResponse<String> refused = deploy(http, "owner", "unreadable", Map.of("unreadable.dmn", table));

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("ParseException", "unreadable.dmn", "outputEntry")
        .doesNotContain("ENGINE-22004");
    Assertions.assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("Decision_Unreadable")
        .count()).isZero();
  }
}
