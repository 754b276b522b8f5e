package com.aftersales.bpm.security.models;

import com.aftersales.bpm.security.models.ModelContentCheck.Finding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * A loop that never waits runs without end in the engine (audit s35's suspicion, confirmed by
 * reading the engine: a synchronous loop stays in one transaction; an asynchronous one makes job
 * after job). The loops a service organisation models wait for a person or a timer; those pass.
 */
class WaitlessLoopsTest {

  /** ADR 25's minimum timer cycle, the application's default. */
  private static final Duration HOURLY = Duration.ofHours(1);
  private static final String GATEWAY = "<bpmn:exclusiveGateway id=\"Gateway_Again\" default=\"Flow_Back\" />";
  private static final String ENTER = """
      <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Gateway_Again" />
      <bpmn:sequenceFlow id="Flow_Out" sourceRef="Gateway_Again" targetRef="End"><bpmn:conditionExpression>${done}</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:endEvent id="End" />
      <bpmn:sequenceFlow id="Flow_Back" sourceRef="Gateway_Again" targetRef="Step" />
      <bpmn:sequenceFlow id="Flow_Again" sourceRef="Step" targetRef="Gateway_Again" />
      """ + GATEWAY;

  @Test
  void aGatewayThatLoopsThroughAServiceTaskIsRefusedAsynchronousOrNot() {
    for (String async : List.of("", "camunda:asyncBefore=\"true\"")) {
      List<Finding> findings = loops(ENTER + "<bpmn:serviceTask id=\"Step\" " + async + " camunda:expression=\"${x}\" />");

      Assertions.assertThat(findings).singleElement().satisfies(f -> {
        Assertions.assertThat(f.elementId()).isEqualTo("Gateway_Again");
        Assertions.assertThat(f.message()).contains("Gateway_Again → Step", "without waiting");
      });
    }
  }

  @Test
  void loopsThroughAUserTaskOrATimerPass() {
    Assertions.assertThat(loops(ENTER + "<bpmn:userTask id=\"Step\" />")).isEmpty();
    Assertions.assertThat(loops(ENTER + "<bpmn:intermediateCatchEvent id=\"Step\"><bpmn:timerEventDefinition>"
        + "<bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>")).isEmpty();
  }

  @Test
  void aTimerWrittenShorterThanAnHourOrAWrittenDateIsNoWaitButAnExpressionIs() {
    for (String timer : List.of("<bpmn:timeDuration>PT1S</bpmn:timeDuration>", "<bpmn:timeDuration>PT59M</bpmn:timeDuration>",
        "<bpmn:timeDate>2026-01-01T00:00:00Z</bpmn:timeDate>")) {
      Assertions.assertThat(loops(ENTER + timerStep(timer))).as(timer).singleElement().extracting(Finding::message)
          .asString().contains("Gateway_Again → Step");
    }
    for (String timer : List.of("<bpmn:timeDuration>PT1H</bpmn:timeDuration>", "<bpmn:timeDuration>P1M</bpmn:timeDuration>",
        "<bpmn:timeDuration>${updateCadence}</bpmn:timeDuration>")) {
      Assertions.assertThat(loops(ENTER + timerStep(timer))).as(timer).isEmpty();
    }
  }

  private static String timerStep(String definition) {
    return "<bpmn:intermediateCatchEvent id=\"Step\"><bpmn:timerEventDefinition>" + definition
        + "</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>";
  }

  @Test
  void aTaskWhoseErrorBoundaryLeadsBackToItIsRefused() {
    List<Finding> findings = loops("""
        <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Task_Retry" />
        <bpmn:serviceTask id="Task_Retry" camunda:expression="${x}" />
        <bpmn:boundaryEvent id="Error_Failed" attachedToRef="Task_Retry"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="Flow_Retry" sourceRef="Error_Failed" targetRef="Task_Retry" />
        """);

    Assertions.assertThat(findings).singleElement().extracting(Finding::message).asString()
        .contains("Task_Retry → Error_Failed");
  }

  @Test
  void aSubProcessSentBackByItsErrorLoopsOnlyWhenNothingInsideWaits() {
    String rework = """
        <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Sub_Work" />
        <bpmn:subProcess id="Sub_Work"><bpmn:startEvent id="Sub_Start" />
          <bpmn:sequenceFlow id="Flow_S1" sourceRef="Sub_Start" targetRef="Sub_Step" />%s
          <bpmn:sequenceFlow id="Flow_S2" sourceRef="Sub_Step" targetRef="Sub_End" /><bpmn:endEvent id="Sub_End" />
        </bpmn:subProcess>
        <bpmn:boundaryEvent id="Error_Rework" attachedToRef="Sub_Work"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="Flow_Rework" sourceRef="Error_Rework" targetRef="Sub_Work" />
        <bpmn:sequenceFlow id="Flow_Done" sourceRef="Sub_Work" targetRef="End" /><bpmn:endEvent id="End" />
        """;

    Assertions.assertThat(loops(rework.formatted("<bpmn:userTask id=\"Sub_Step\" />"))).as("a person reworks").isEmpty();
    Assertions.assertThat(loops(rework.formatted("<bpmn:serviceTask id=\"Sub_Step\" camunda:expression=\"${x}\" />")))
        .singleElement().extracting(Finding::message).asString().contains("Sub_Work", "Error_Rework");
  }

  @Test
  void linkEventsAndAProcessCallingItselfAreFollowed() {
    Assertions.assertThat(loops("""
        <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Link_Catch" />
        <bpmn:intermediateCatchEvent id="Link_Catch"><bpmn:linkEventDefinition name="again" /></bpmn:intermediateCatchEvent>
        <bpmn:sequenceFlow id="Flow_L" sourceRef="Link_Catch" targetRef="Link_Throw" />
        <bpmn:intermediateThrowEvent id="Link_Throw"><bpmn:linkEventDefinition name="again" /></bpmn:intermediateThrowEvent>
        """)).singleElement().extracting(Finding::message).asString().contains("Link_Catch → Link_Throw");
    Assertions.assertThat(loops("""
        <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Call_Self" />
        <bpmn:callActivity id="Call_Self" calledElement="looping" />
        """)).singleElement().extracting(Finding::message).asString().contains("Start → Call_Self");
  }

  /**
   * Security review of 2026-11-29 (audit-b): a call of another file's process counted as a wait, so
   * a loop calling a process that only ends ran job after job; what the called process waits for is
   * not read here, so the call is no wait: the loop needs its own.
   */
  @Test
  void aLoopThroughACallOfAnotherFilesProcessIsRefusedUnlessItWaitsItself() {
    for (String called : List.of("elsewhere", "${nextProcess}")) {
      Assertions.assertThat(loops(ENTER + "<bpmn:callActivity id=\"Step\" calledElement=\"" + called + "\" />"))
          .as(called).singleElement().extracting(Finding::message).asString().contains("Gateway_Again → Step");
    }
    Assertions.assertThat(loops(ENTER.replace("targetRef=\"Step\"", "targetRef=\"Task_Check\"")
        + "<bpmn:userTask id=\"Task_Check\" /><bpmn:sequenceFlow id=\"Flow_Checked\" sourceRef=\"Task_Check\" "
        + "targetRef=\"Step\" /><bpmn:callActivity id=\"Step\" calledElement=\"elsewhere\" />"))
        .as("a person in the loop").isEmpty();
    Assertions.assertThat(loops("""
        <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Step" />
        <bpmn:callActivity id="Step" calledElement="elsewhere" /><bpmn:sequenceFlow id="Flow_Done" sourceRef="Step" targetRef="End" />
        <bpmn:endEvent id="End" />
        <bpmn:boundaryEvent id="Error_Again" attachedToRef="Step"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="Flow_Retry" sourceRef="Error_Again" targetRef="Step" />
        """)).as("its error thrown at once").singleElement().extracting(Finding::message).asString()
        .contains("Step → Error_Again");
  }

  @Test
  void aLongLoopIsFoundWithoutOverflowingTheStack() {
    StringBuilder chain = new StringBuilder(ENTER.replace("targetRef=\"Step\"", "targetRef=\"Step0\""));
    int steps = 20_000;
    for (int i = 0; i < steps; i++) {
      String to = i + 1 < steps ? "Step" + (i + 1) : "Step";
      chain.append("<bpmn:serviceTask id=\"Step").append(i).append("\" camunda:expression=\"${x}\" />")
          .append("<bpmn:sequenceFlow id=\"Flow_").append(i).append("\" sourceRef=\"Step").append(i)
          .append("\" targetRef=\"").append(to).append("\" />");
    }
    chain.append("<bpmn:task id=\"Step\" />");

    Assertions.assertThat(loops(chain.toString())).singleElement().extracting(Finding::message).asString()
        .contains("Gateway_Again → Step0 → Step1", "(20002 elements)").hasSizeLessThan(500);
  }

  @Test
  void noneOfOurModelsHasOne() throws Exception {
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Assertions.assertThat(WaitlessLoops.in(parse(Files.readString(model)), HOURLY)).as(model.toString()).isEmpty();
      }
    }
  }

  private static List<Finding> loops(String elements) {
    return WaitlessLoops.in(parse("""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Loop">
          <bpmn:process id="looping" isExecutable="true">%s</bpmn:process>
        </bpmn:definitions>""".formatted(elements)), HOURLY);
  }

  private static Element parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement();
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
