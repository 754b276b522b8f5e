package com.aftersales.bpm.engine;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * {@link ParsedOnceFeel} answers as Camunda's own FEEL engine does, for expressions, unary tests
 * and texts that do not parse, while parsing each text once; and it is the engine's FEEL.
 */
@ApplicationTest
class ParsedOnceFeelTest extends ApplicationTestSupport {

  private final ScalaFeelEngine camunda = new ScalaFeelEngine(List.of());
  private final ParsedOnceFeel once = new ParsedOnceFeel(List.of());

  @Test
  void theDecisionTablesOfTheRunningEngineUseIt() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Assertions.assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ParsedOnceFeel.class);
  }

  @Test
  void expressionsGiveCamundasValuesForEachCaseAlthoughParsedOnce() {
    String text = "if latestContactText = null then \"\" else lower case(latestContactText)";
    for (VariableContext c : List.of(vars("latestContactText", "我要找律师 LAWYER"), vars("latestContactText", null),
        vars("latestContactText", "Deadline"))) {
      Object ours = once.evaluateSimpleExpression(text, c);
      Assertions.assertThat(ours).isEqualTo(camunda.evaluateSimpleExpression(text, c));
    }
    Assertions.assertThat(once.kept()).isEqualTo(1);
    Assertions.assertThat((Object) once.evaluateSimpleExpression("highValue = true or vipHandling = true",
        Variables.createVariables().putValue("highValue", false).putValue("vipHandling", true).asVariableContext()))
        .isEqualTo(true);
  }

  @Test
  void unaryTestsReadTheCellsInputAsCamundasDo() {
    String words = "contains(?, \"投诉\") or contains(?, \"lawyer\")";
    for (String said : List.of("这个态度我要投诉", "i will call my lawyer", "谢谢")) {
      VariableContext c = vars("cellInput", said);
      Assertions.assertThat(once.evaluateSimpleUnaryTests(words, "cellInput", c))
          .isEqualTo(camunda.evaluateSimpleUnaryTests(words, "cellInput", c));
    }
    Assertions.assertThat(once.kept()).isEqualTo(1);
    Assertions.assertThat(once.evaluateSimpleUnaryTests(">= 2", "cellInput", vars("cellInput", 3))).isTrue();
    Assertions.assertThat(once.evaluateSimpleUnaryTests(">= 2", "cellInput", vars("cellInput", 1))).isFalse();
    Assertions.assertThat(once.evaluateSimpleUnaryTests("\"A\",\"B\"", "cellInput", vars("cellInput", null))).isFalse();
  }

  @Test
  void aTextThatDoesNotParseFailsWithCamundasMessageEveryTime() {
    String broken = "contains(?, \"投诉\" or";
    VariableContext c = vars("cellInput", "x");
    String expected = Assertions.catchThrowableOfType(
        () -> camunda.evaluateSimpleUnaryTests(broken, "cellInput", c), FeelException.class).getMessage();
    for (int attempt = 0; attempt < 2; attempt++) {
      Assertions.assertThatThrownBy(() -> once.evaluateSimpleUnaryTests(broken, "cellInput", c))
          .isInstanceOf(FeelException.class).hasMessage(expected);
    }
    Assertions.assertThat(once.kept()).isZero();
  }

  private static VariableContext vars(String name, Object value) {
    return Variables.createVariables().putValue(name, value).asVariableContext();
  }
}
