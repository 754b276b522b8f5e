package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The forms that design compensation show, while the user types, the total and who will approve
 * it ("goes to approval by the regional manager"). The browser computes that line for display
 * only; the process adds the values up itself and asks the DMN table compensationApproval. This
 * test evaluates each line's FEEL condition (as the server's form check does) for amounts around
 * every threshold and asserts that exactly the line of the table's answer is shown. When a process
 * owner changes the table, this fails until the form's lines say the same.
 */
class CompensationRouteOnFormsTest {

  private static final DecisionTable TABLE = new DecisionTable("/processes/compensation-approval.dmn", "compensationApproval");
  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
  private static final double[] TOTALS = {0, 300, 500, 500.01, 501, 1999.99, 2000, 2000.01, 2001, 4999, 5000, 5000.01, 5001, 12000};
  /** What Task_CheckUpgrade passes the table as the service manager's authority. */
  private static final int MANAGER_AUTHORITY = 5000;

  @Test
  void designTheSolutionShowsTheTotalAndTheApproverTheTableWillChoose() throws IOException {
    JsonNode form = form("design-solution.form");
    Map<String, String> lineOf = Map.of("AUTO", "Text_RouteAutomatic", "SERVICE_MANAGER", "Text_RouteServiceManager",
        "REGIONAL_MANAGER", "Text_RouteRegionalManager");
    List<String> checked = new ArrayList<>();
    for (int authority : new int[] {500, 2000, 5000}) {
      for (boolean publicOpinionRisk : new boolean[] {false, true}) {
        for (String responsibility : List.of("OURS", "CUSTOMER", "SHARED", "FORCE_MAJEURE")) {
          for (double total : TOTALS) {
            // the three layers as a designer might split the total
            double problemFix = Math.floor(total / 2);
            double loss = Math.floor(total / 4);
            // grade S's plan is the service manager's own, grades A and B an advisor's
            String responder = authority == MANAGER_AUTHORITY ? "service-manager" : "service-advisor";
            Map<String, Object> values = new HashMap<>(Map.of("compensationAuthority", authority,
                "publicOpinionRisk", publicOpinionRisk, "responsibility", responsibility, "problemFixValue", problemFix,
                "lossCompensationValue", loss, "emotionalRepairValue", total - problemFix - loss));
            values.put("responderGroup", responder);
            String level = (String) TABLE.evaluate(map("totalCompensation", total, "compensationAuthority", authority,
                "publicOpinionRisk", publicOpinionRisk, "responsibility", responsibility, "responderGroup", responder))
                .outputs().get("approvalLevel");

            Assertions.assertThat(shownLines(form, values)).as("lines shown for %s", values)
                .containsExactly(lineOf.get(level));
            Assertions.assertThat(total(form, "Text_PlanTotal", values)).as("total shown for %s", values)
                .isEqualByComparingTo(BigDecimal.valueOf(total));
            checked.add(level);
          }
        }
      }
    }
    Assertions.assertThat(checked).as("every answer of the table was compared").contains("AUTO", "SERVICE_MANAGER",
        "REGIONAL_MANAGER");
  }

  @Test
  void theTotalCountsALayerNotFilledInYetAsNothing() throws IOException {
    Map<String, Object> values = new HashMap<>(Map.of("compensationAuthority", 500, "publicOpinionRisk", false,
        "responsibility", "OURS", "problemFixValue", 300));
    values.put("lossCompensationValue", null);

    Assertions.assertThat(total(form("design-solution.form"), "Text_PlanTotal", values)).isEqualByComparingTo("300");
    Assertions.assertThat(shownLines(form("design-solution.form"), values)).containsExactly("Text_RouteAutomatic");
  }

  @Test
  void upgradeCompensationShowsWhetherTheRegionalManagerMustApprove() throws IOException {
    JsonNode form = form("parts-upgrade-compensation.form");
    Map<String, String> lineOf = Map.of("AUTO", "Text_UpgradeRouteAutomatic",
        "REGIONAL_MANAGER", "Text_UpgradeRouteRegionalManager");
    for (String signals : List.of("", "CHASED_TWICE,DEMANDS_DEADLINE", "COMPLAINT_WORDS,YOU_DONT_CARE")) {
      for (double value : TOTALS) {
        Map<String, Object> values = new HashMap<>(Map.of("crisisSignals", signals, "upgradeValue", value));
        // the inputs Task_CheckUpgrade gives the table
        String level = (String) TABLE.evaluate(map("totalCompensation", value, "compensationAuthority", MANAGER_AUTHORITY,
            "publicOpinionRisk", signals.contains("COMPLAINT_WORDS"), "responsibility", "OURS",
            "responderGroup", "service-manager"))
            .outputs().get("approvalLevel");

        Assertions.assertThat(shownLines(form, values)).as("lines shown for %s", values).containsExactly(lineOf.get(level));
        Assertions.assertThat(total(form, "Text_UpgradeAgainstAuthority", values)).isEqualByComparingTo(BigDecimal.valueOf(value));
      }
    }
  }

  /** The ids of the text lines with a condition that form-js shows for these values. */
  private static List<String> shownLines(JsonNode form, Map<String, Object> values) {
    List<String> shown = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      String hide = component.path("conditional").path("hide").asText(null);
      if ("text".equals(component.path("type").asText()) && hide != null
          && !Boolean.TRUE.equals(feel(hide.substring(1), values))) {
        shown.add(component.path("id").asText());
      }
    }
    return shown;
  }

  /** The first {{…}} of a text component, evaluated: the amount it shows. */
  private static BigDecimal total(JsonNode form, String textId, Map<String, Object> values) {
    for (JsonNode component : form.path("components")) {
      if (textId.equals(component.path("id").asText())) {
        Matcher insertion = Pattern.compile("\\{\\{(.+?)}}").matcher(component.path("text").asText());
        Assertions.assertThat(insertion.find()).as("%s shows a computed amount", textId).isTrue();
        return new BigDecimal(String.valueOf(feel(insertion.group(1), values)));
      }
    }
    throw new AssertionError("no text " + textId);
  }

  private static Object feel(String expression, Map<String, Object> values) {
    return FEEL.evaluateSimpleExpression(expression, Variables.fromMap(new LinkedHashMap<>(values)).asVariableContext());
  }

  private static JsonNode form(String file) throws IOException {
    return new ObjectMapper().readTree(Path.of("forms", file).toFile());
  }
}
