package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.RescueModel.GRADING_DECISION;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ADR 10: the intake's routing answers from the latest npsAlertGrade table in memory and keeps the
 * answer per table version and input values. No engine: the repository is a stub that hands out the
 * table's XML as "deployed" versions.
 */
class IntakeRoutingTest {

  private static final String DEPLOYED = read("processes/nps-alert-grade.dmn");

  private final RepositoryService repository = mock(RepositoryService.class);
  private final Map<String, String> versions = new java.util.HashMap<>();
  private DecisionDefinition latest;
  private IntakeRouting routing;

  @BeforeEach
  void deployedTable() {
    DecisionDefinitionQuery query = mock(DecisionDefinitionQuery.class);
    when(repository.createDecisionDefinitionQuery()).thenReturn(query);
    when(query.decisionDefinitionKey(GRADING_DECISION)).thenReturn(query);
    when(query.latestVersion()).thenReturn(query);
    when(query.singleResult()).thenAnswer(call -> latest);
    when(repository.getDecisionModel(anyString())).thenAnswer(call -> stream(versions.get(call.<String>getArgument(0))));
    deploy("npsAlertGrade:1:a", DEPLOYED);
    routing = new IntakeRouting(repository);
  }

  @Test
  void answersAsTheTableDoesForEveryScoreAndFlag() {
    DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnDecision table = dmn.parseDecision(GRADING_DECISION, stream(DEPLOYED));
    int rescues = 0;
    for (int score = 0; score <= 10; score++) {
      for (boolean publicOpinionRisk : new boolean[] {false, true}) {
        for (boolean highValue : new boolean[] {false, true}) {
          VariableMap inputs = inputs(score, publicOpinionRisk, highValue);
          Map<String, Object> expected = entries(dmn.evaluateDecision(table, inputs).getSingleResult());

          Assertions.assertThat(entries(routing.grade(inputs))).as("first answer for %s", inputs).isEqualTo(expected);
          Assertions.assertThat(entries(routing.grade(inputs))).as("kept answer for %s", inputs).isEqualTo(expected);
          rescues += expected != null && "RESCUE".equals(expected.get("followUp")) ? 1 : 0;
        }
      }
    }
    Assertions.assertThat(rescues).as("the cases include rescues").isPositive();
    verify(repository, times(1)).getDecisionModel("npsAlertGrade:1:a");
  }

  @Test
  void keepsOneAnswerPerInputValuesWithoutConfusingThem() {
    DmnDecisionResultEntries red = routing.grade(inputs(2, false, false));
    DmnDecisionResultEntries yellow = routing.grade(inputs(5, false, false));
    DmnDecisionResultEntries yellowHighValue = routing.grade(inputs(5, false, true));

    Assertions.assertThat((Object) routing.grade(inputs(2, false, false))).as("asked again: the kept answer").isSameAs(red);
    Assertions.assertThat((Object) routing.grade(inputs(5, false, true))).isSameAs(yellowHighValue);
    Assertions.assertThat(red.<String>getEntry("grade")).isEqualTo("S");
    Assertions.assertThat(yellow.<String>getEntry("grade")).isEqualTo("A");
    Assertions.assertThat(yellow.<Boolean>getEntry("homeVisitRequired")).as("one flag apart").isFalse();
    Assertions.assertThat(yellowHighValue.<Boolean>getEntry("homeVisitRequired")).isTrue();
    VariableMap withOtherVariables = inputs(2, false, false).putValue("comment", "waited too long");
    Assertions.assertThat((Object) routing.grade(withOtherVariables)).as("variables the table does not read are no key")
        .isSameAs(red);
  }

  @Test
  void aNewTableVersionIsHonoured() {
    Assertions.assertThat(routing.grade(inputs(2, false, false)).<String>getEntry("grade")).isEqualTo("S");

    deploy("npsAlertGrade:2:b", DEPLOYED.replace(
        "<outputEntry id=\"OutputEntry_RedDetractor_3\"><text>\"S\"</text>",
        "<outputEntry id=\"OutputEntry_RedDetractor_3\"><text>\"A\"</text>"));

    Assertions.assertThat(routing.grade(inputs(2, false, false)).<String>getEntry("grade"))
        .as("the process owner's new version, not the kept answer of the old one").isEqualTo("A");
    Assertions.assertThat(routing.grade(inputs(4, true, false)).<String>getEntry("grade"))
        .as("rules the new version did not change").isEqualTo("S");
    verify(repository, times(1)).getDecisionModel("npsAlertGrade:2:b");
  }

  @Test
  void aTableWhoseInputIsAnExpressionIsAskedEveryTime() {
    // the input reads a variable the cache key would not hold: a kept answer would be wrong
    deploy("npsAlertGrade:3:c", DEPLOYED.replace("<text>score</text>", "<text>score - goodwill</text>"));

    DmnDecisionResultEntries first = routing.grade(inputs(5, false, false).putValue("goodwill", 0));
    DmnDecisionResultEntries second = routing.grade(inputs(5, false, false).putValue("goodwill", 3));

    Assertions.assertThat(first.<String>getEntry("grade")).isEqualTo("A");
    Assertions.assertThat(second.<String>getEntry("grade")).as("score 5 - 3 = 2").isEqualTo("S");
    DmnDecisionResultEntries again = routing.grade(inputs(5, false, false).putValue("goodwill", 0));
    Assertions.assertThat((Object) again).as("evaluated again, not kept").isNotSameAs(first);
    Assertions.assertThat(entries(again)).isEqualTo(entries(first));
  }

  @Test
  void noMatchingRuleIsNoAnswer() {
    Assertions.assertThat((Object) routing.grade(inputs(11, false, false))).isNull();
    Assertions.assertThat((Object) routing.grade(inputs(11, false, false))).as("nor kept as one").isNull();
  }

  private void deploy(String id, String xml) {
    DecisionDefinition definition = mock(DecisionDefinition.class);
    when(definition.getId()).thenReturn(id);
    versions.put(id, xml);
    latest = definition;
  }

  private static VariableMap inputs(int score, boolean publicOpinionRisk, boolean highValue) {
    return Variables.createVariables().putValue("score", score).putValue("publicOpinionRisk", publicOpinionRisk)
        .putValue("highValue", highValue);
  }

  private static Map<String, Object> entries(DmnDecisionResultEntries result) {
    return result == null ? null : result.getEntryMap();
  }

  private static InputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static String read(String resource) {
    try (InputStream in = IntakeRoutingTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
